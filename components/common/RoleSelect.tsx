// The choice of a snippet's role (开头, 主要工作, …), wherever a role is picked or filtered by. The
// roles come from lib/domain/roles.ts, not schemas.ts: the library's filters are on the first
// screen, which does not load zod.
import { SNIPPET_ROLES } from '../../lib/domain/roles.ts';
import type { SnippetRole } from '../../lib/domain/schemas.ts';
import { roleLabel } from './labels.ts';

interface Props<V extends SnippetRole | ''> {
  value: V;
  onChange: (role: V) => void;
  /** The words of a first choice, value '', that stands for every role (a filter); none when absent. */
  anyRole?: string;
  /** For a select that no <label> around it names. */
  'aria-label'?: string;
}

export function RoleSelect<V extends SnippetRole | ''>({ value, onChange, anyRole, 'aria-label': label }: Props<V>) {
  return (
    <select value={value} onChange={(e) => onChange(e.target.value as V)} aria-label={label}>
      {anyRole !== undefined && <option value="">{anyRole}</option>}
      {SNIPPET_ROLES.map((r) => (
        <option key={r} value={r}>
          {roleLabel(r)}
        </option>
      ))}
    </select>
  );
}
