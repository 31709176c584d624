import * as core from '@actions/core';

export type OutputValue = string | number | boolean | object | null | undefined;

/** Sets every output; arrays and objects as compact JSON, undefined and null as the empty string. */
export function setOutputs(outputs: Record<string, OutputValue>): void {
  for (const [name, value] of Object.entries(outputs)) {
    const text = value === undefined || value === null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
    core.setOutput(name, text);
  }
}
