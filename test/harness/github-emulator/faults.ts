/**
 * Fault injection per route: the next N matching requests get a server error, a rate-limit answer,
 * a delay or any canned answer, then the route recovers. Matching is by operationId
 * (`issues/create-comment`), by `METHOD /template` (`POST /repos/{owner}/{repo}/issues/{issue_number}/comments`),
 * or by a predicate.
 */
export type Fault =
  /**
   * A 5xx (500 by default), as GitHub's load balancers answer under trouble. With `afterHandling`,
   * the request is carried out first and only the answer is lost (a write that happened, yet the
   * client saw a 502 and may retry it).
   */
  | { kind: 'server-error'; status?: 500 | 502 | 503 | 504; afterHandling?: boolean }
  /** GitHub's secondary rate limit: 403 (or 429) with `retry-after` and its message. */
  | { kind: 'secondary-rate-limit'; status?: 403 | 429; retryAfter?: number }
  /** The primary rate limit: 403 with `x-ratelimit-remaining: 0` and a reset `resetAfter` seconds ahead. */
  | { kind: 'rate-limit'; resetAfter?: number }
  /** Answers normally after `ms` milliseconds (a slow GitHub; with a client timeout, a timeout). */
  | { kind: 'delay'; ms: number }
  /** Drops the connection without an answer (a network error). */
  | { kind: 'disconnect' }
  /** Any answer, e.g. 422 "Update is not a fast forward" or 409. */
  | { kind: 'response'; status: number; body?: unknown; headers?: Record<string, string> };

export interface RequestInfo {
  method: string;
  path: string;
  operationId: string | undefined;
  route: string | undefined;
}

export type FaultMatcher = string | ((r: RequestInfo) => boolean);

export interface FaultRule {
  match: FaultMatcher;
  fault: Fault;
  /** How many more requests this rule answers. */
  remaining: number;
  /** How many requests it answered so far. */
  hits: number;
}

export class Faults {
  private readonly rules: FaultRule[] = [];

  /** The next `times` (default 1) requests matching `match` get `fault`. Returns the rule (see `hits`). */
  inject(match: FaultMatcher, fault: Fault, times = 1): FaultRule {
    const rule: FaultRule = { match, fault, remaining: times, hits: 0 };
    this.rules.push(rule);
    return rule;
  }

  /** Takes the fault for this request, if a rule matches and has uses left. */
  take(r: RequestInfo): Fault | undefined {
    for (const rule of this.rules) {
      if (rule.remaining <= 0) continue;
      const hit = typeof rule.match === 'function' ? rule.match(r) : rule.match === r.operationId || rule.match === r.route;
      if (!hit) continue;
      rule.remaining--;
      rule.hits++;
      return rule.fault;
    }
    return undefined;
  }

  /** Rules with uses left (a test can assert its faults were all consumed). */
  pending(): FaultRule[] {
    return this.rules.filter((r) => r.remaining > 0);
  }

  clear(): void {
    this.rules.length = 0;
  }
}
