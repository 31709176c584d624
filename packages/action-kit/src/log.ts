import * as core from '@actions/core';

// Re-exported so actions log through one place; packages take a logger instead of importing @actions/core.
export const info = (message: string): void => core.info(message);
export const debug = (message: string): void => core.debug(message);
export const warning = (message: string): void => core.warning(message);
export const group = <T>(name: string, fn: () => Promise<T>): Promise<T> => core.group(name, fn);
