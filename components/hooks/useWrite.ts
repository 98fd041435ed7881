// One way to run a write from a control: while it fails, the control shows why, next to itself
// (an inline role="alert" tied to the control by aria-describedby), and the caller keeps what the
// user typed. Components never catch a write themselves.
import { useCallback, useId, useState } from 'react';
import { writeFailure, type WriteFailure } from '../../lib/db/writeFailure.ts';
import { failureDetails, failureText, type FailureWords } from '../common/writeFailureText.ts';

export type WriteOutcome<T> = { ok: true; value: T } | { ok: false; code: WriteFailure; error: unknown };

export interface RunOptions {
  /** Failures the caller answers itself (e.g. the conflict dialog): no message for them here. */
  handles?: readonly WriteFailure[];
}

export interface Write {
  /** Runs `write`; on failure the message is shown at the control and the outcome says why. */
  run<T>(write: () => Promise<T>, words: FailureWords, options?: RunOptions): Promise<WriteOutcome<T>>;
  /** The message shown now, or ''. */
  message: string;
  /** The alert's id, for the control's aria-describedby. */
  alertId: string;
  /** Spread on the control: marks it invalid and points at the alert while a failure is shown. */
  fieldProps: { 'aria-invalid'?: true; 'aria-describedby'?: string };
  clear(): void;
}

export function useWrite(): Write {
  const [message, setMessage] = useState('');
  const alertId = useId();
  const clear = useCallback(() => setMessage(''), []);
  const run = useCallback(async <T>(write: () => Promise<T>, words: FailureWords, options: RunOptions = {}): Promise<WriteOutcome<T>> => {
    try {
      const value = await write();
      setMessage('');
      return { ok: true, value };
    } catch (error) {
      const code = writeFailure(error);
      if (options.handles?.includes(code)) {
        setMessage('');
        return { ok: false, code, error };
      }
      setMessage(failureText(code, { details: failureDetails(error), ...words }));
      // Still reported to the console for whoever looks into it; the user gets the words above.
      console.warn(error);
      return { ok: false, code, error };
    }
  }, []);
  const fieldProps = message ? ({ 'aria-invalid': true, 'aria-describedby': alertId } as const) : {};
  return { run, message, alertId, fieldProps, clear };
}
