import { compareManifests, readManifest } from '@mlops-actions/hashing';
import type { DataDiff } from './report.ts';

export interface DataDiffInput {
  /** The candidate's manifest from data-hash: path to read and path to show. */
  candidate?: { path: string; display: string } | undefined;
  baseline?: { path: string; display: string } | undefined;
  /** The baseline's dataset hash when only that is known (a registry model card records it). */
  baselineHash?: string | undefined;
}

/** What changed in the training data, from data-hash manifests (files) or recorded hashes (hash only). */
export async function readDataDiff(input: DataDiffInput): Promise<DataDiff | undefined> {
  const candidate = input.candidate ? await readManifest(input.candidate.path, input.candidate.display) : undefined;
  const baseline = input.baseline ? await readManifest(input.baseline.path, input.baseline.display) : undefined;
  if (!candidate && !baseline && !input.baselineHash) return undefined;
  const diff: DataDiff = {
    baselineHash: baseline?.hash ?? input.baselineHash,
    candidateHash: candidate?.hash,
    candidateFiles: candidate?.files,
    candidateBytes: candidate?.bytes,
  };
  if (candidate && baseline) {
    const c = compareManifests(baseline, candidate);
    diff.files = { added: c.added, removed: c.removed, modified: c.modified };
  }
  return diff;
}
