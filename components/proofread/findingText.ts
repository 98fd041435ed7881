// A finding in the user's words: `proofread.rule.<code>` in locales/ (every code has words there:
// tests/unit/i18n/proofreadCodes.test.ts), the standard it follows, and what the fix does.
import { i18n } from '#i18n';
import { ruleClause, type Finding } from '../../lib/domain/proofread/index.ts';

type Translate = (key: string, substitutions?: Record<string, string>) => string;
const t = i18n.t as unknown as Translate;

export const ruleText = (rule: string): string => t(`proofread.rule.${rule}`);

export const severityText = (f: Finding): string => t(`proofread.severity.${f.severity}`);

export function clauseText(rule: string): string {
  const clause = ruleClause(rule);
  return clause === null ? i18n.t('proofread.ownRule') : i18n.t('proofread.clause', { clause });
}

/** 改为“，” or 删去“、”; '' when the finding has no fix. */
export function fixText(text: string, f: Finding): string {
  if (f.fix === undefined) return '';
  return f.fix === '' ? i18n.t('proofread.remove', { text: text.slice(f.start, f.end) }) : i18n.t('proofread.fixTo', { fix: f.fix });
}
