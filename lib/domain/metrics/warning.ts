// What a consistency check reports about a rendered snippet.

export type WarningKind = 'total-mismatch' | 'percent-over-100' | 'tenfold-change' | 'unfilled';

export interface ConsistencyWarning {
  kind: WarningKind;
  /** In Chinese, for the writer. */
  message: string;
  /** The metrics involved. */
  slots: string[];
}

/** Equal up to float noise and rounding in the last stored digits. */
export function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
