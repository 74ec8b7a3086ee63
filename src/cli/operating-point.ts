/**
 * The loaded-language operating points the command line offers (`--point`), as the analysis
 * defines them: `precise` (the default; the shipped model's stricter thresholds, chosen in
 * training for precision of at least 0.5) and `more` (its best-F1 thresholds: more suggestions,
 * more of them wrong).
 */
export {
  OPERATING_POINTS as POINTS,
  type OperatingPoint as Point,
} from '../analysis/loaded-language/operating-points';
