// Where a failed write says so: right under the control the user acted on (see hooks/useWrite.ts).
import type { Write } from '../hooks/useWrite.ts';

export function WriteAlert({ write }: { write: Write }) {
  if (!write.message) return null;
  return (
    <span id={write.alertId} className="error write-failed" role="alert">
      {write.message}
    </span>
  );
}
