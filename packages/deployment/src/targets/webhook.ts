import { randomUUID } from 'node:crypto';
import { describeFetchError, excerpt, redact } from '../http.ts';
import { signBody, SIGNATURE_HEADER } from '../signature.ts';
import type { Logger, Provenance, Release } from '../types.ts';
import { TargetFailed, type Target } from './target.ts';

export interface WebhookTargetOptions {
  url: string;
  /** Signs every body (HMAC-SHA256, `X-Hub-Signature-256: sha256=<hex>`); never printed. */
  secret: string;
  provenance: Provenance;
  /** Where the receiver can fetch the version from (credentials removed), when known. */
  registry?: string | undefined;
  timeoutMs: number;
  log: Logger;
  fetch?: typeof fetch;
  /** A fixed clock and id source for tests. */
  now?: () => Date;
  newId?: () => string;
}

/** The JSON a webhook receives (documented in the deploy docs; keep the two in step). */
export interface WebhookBody {
  event: 'deploy' | 'rollback';
  delivery: string;
  /** ISO 8601; inside the signed body, so a receiver can refuse replays older than a few minutes. */
  timestamp: string;
  model: string;
  version: string;
  digest: string;
  environment: string;
  alias: string;
  files: { path: string; sha256: string; size?: number | undefined }[];
  registry?: string | undefined;
  repository?: string | undefined;
  sha?: string | undefined;
  ref?: string | undefined;
  run_url?: string | undefined;
  actor?: string | undefined;
}

/**
 * POSTs a signed JSON description of the release. Any answer but a 2xx (redirects included: a POST
 * must not silently turn into a GET elsewhere) is a failure naming the status and the start of the
 * answer.
 */
export function webhookTarget(o: WebhookTargetOptions): Target {
  const shown = safeUrl(o.url);
  return {
    kind: 'webhook',
    describe: () => `webhook (POST ${shown})`,
    async deploy(release, call = {}) {
      const body = webhookBody(o, release);
      const text = JSON.stringify(body);
      const headers = {
        'content-type': 'application/json',
        'user-agent': 'mlops-actions-deploy',
        [SIGNATURE_HEADER]: signBody(o.secret, text),
        'X-MLOps-Event': body.event,
        'X-MLOps-Delivery': body.delivery,
        'X-MLOps-Timestamp': String(Math.floor(Date.parse(body.timestamp) / 1000)),
      };
      o.log.info(`POST ${shown} (delivery ${body.delivery}, ${body.event} of ${release.model} ${release.version})`);
      let res: Response;
      try {
        const timeout = AbortSignal.timeout(Math.min(o.timeoutMs, call.timeoutMs ?? Infinity));
        res = await (o.fetch ?? fetch)(o.url, {
          method: 'POST',
          headers,
          body: text,
          redirect: 'manual',
          signal: call.signal ? AbortSignal.any([timeout, call.signal]) : timeout,
        });
      } catch (e) {
        // Refused before anything was sent: nothing changed. A timeout may have reached the receiver.
        const detail = describeFetchError(e);
        throw new TargetFailed(
          `the webhook ${shown} could not be reached: ${detail}`,
          !/refused|not found|ENOTFOUND|ECONNREFUSED/i.test(detail),
          {
            input: 'webhook-url',
            fix: /timed out|aborted/.test(detail)
              ? 'Check that the deployer answers within target-timeout (raise it if deployments take longer)'
              : 'Check the URL (scheme, host and port) and that the deployer is running and reachable from the runner',
          },
        );
      }
      const answer = redact(excerpt(await res.text().catch(() => '')), o.secret);
      if (res.status < 200 || res.status >= 300) {
        const location = res.headers.get('location');
        throw new TargetFailed(
          `the webhook ${shown} answered HTTP ${res.status}${location ? ` (redirect to ${safeUrl(URL.parse(location, o.url)?.href ?? location)}; give the final URL)` : ''}${answer ? `: ${answer}` : ''}`,
          res.status >= 500,
          { input: 'webhook-url' },
        );
      }
      o.log.info(`webhook answered HTTP ${res.status}`);
    },
  };
}

export function webhookBody(o: Pick<WebhookTargetOptions, 'provenance' | 'registry' | 'now' | 'newId'>, release: Release): WebhookBody {
  return {
    event: release.reason,
    delivery: (o.newId ?? randomUUID)(),
    timestamp: (o.now?.() ?? new Date()).toISOString(),
    model: release.model,
    version: release.version,
    digest: release.digest,
    environment: release.environment,
    alias: release.alias,
    files: release.files.map((f) => ({ path: f.path, sha256: f.sha256, ...(f.size !== undefined ? { size: f.size } : {}) })),
    ...(o.registry ? { registry: o.registry } : {}),
    ...(o.provenance.repository ? { repository: o.provenance.repository } : {}),
    ...(o.provenance.sha ? { sha: o.provenance.sha } : {}),
    ...(o.provenance.ref ? { ref: o.provenance.ref } : {}),
    ...(o.provenance.runUrl ? { run_url: o.provenance.runUrl } : {}),
    ...(o.provenance.actor ? { actor: o.provenance.actor } : {}),
  };
}

/** A URL for the log: no credentials, no query string (tokens often travel there). */
export function safeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}${u.search ? '?…' : ''}`;
  } catch {
    return '(invalid URL)';
  }
}
