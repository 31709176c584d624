/**
 * State handed from an action's main step to its post step (the runner's GITHUB_STATE file command):
 * what main saves, post reads back with getState. Strings only, as the runner stores them.
 */
import * as core from '@actions/core';

export function saveState(values: Record<string, string>): void {
  for (const [name, value] of Object.entries(values)) core.saveState(name, value);
}

export function getState(name: string): string {
  return core.getState(name);
}
