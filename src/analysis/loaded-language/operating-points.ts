/**
 * The loaded-language operating points, apart from the model so that naming them (the command
 * line's `--point` check, settings) does not load the model's megabyte of weights.
 */

/** `precise`: fewer, surer suggestions (the default); `more`: the best balance of both. */
export type OperatingPoint = 'precise' | 'more';
export const OPERATING_POINTS: readonly OperatingPoint[] = ['precise', 'more'];
