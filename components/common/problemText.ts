// The one place a code from lib becomes words (lib/domain/problem.ts): `problem.<code>` in locales/.
import { i18n } from '#i18n';
import type { Problem } from '../../lib/domain/problem.ts';

type Translate = (key: string, substitutions?: Record<string, string>) => string;

export function problemText(p: Problem): string {
  const params = Object.fromEntries(Object.entries(p.params ?? {}).map(([k, v]) => [k, String(v)]));
  // The key is built from a code; tests/unit/i18n/problemCodes.test.ts proves each one exists.
  return (i18n.t as unknown as Translate)(`problem.${p.code}`, params);
}
