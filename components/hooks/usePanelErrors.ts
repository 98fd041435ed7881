// The panel's net under every control: a rejection nobody handled or an uncaught error (report.ts
// sends unawaited work's errors here too) becomes a plain-words message in the status line. The
// error itself still reaches the console, for whoever looks into it.
import { useEffect } from 'react';
import { writeFailure } from '../../lib/db/writeFailure.ts';
import { panelFailureText } from '../common/writeFailureText.ts';

export function usePanelErrors(show: (text: string, tone: 'error') => void): void {
  useEffect(() => {
    const say = (reason: unknown) => show(panelFailureText(writeFailure(reason)), 'error');
    const onRejection = (event: PromiseRejectionEvent) => say(event.reason);
    // An ErrorEvent without an error object is a browser notice (e.g. a ResizeObserver loop), not a
    // failure of ours.
    const onError = (event: ErrorEvent) => {
      if (event.error !== undefined && event.error !== null) say(event.error);
    };
    window.addEventListener('unhandledrejection', onRejection);
    window.addEventListener('error', onError);
    return () => {
      window.removeEventListener('unhandledrejection', onRejection);
      window.removeEventListener('error', onError);
    };
  }, [show]);
}
