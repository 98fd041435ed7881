// The findings of 公文校对 on a text, each in plain words with its fix: 改正 one, 这一类全部改正,
// or 忽略 (remembered for that text). What a fix changes is the caller's: the text about to be
// inserted, the text in the web page, or a report (where some places are only pointed at). Every
// text is checked against 「我的词表」 as it is now, and a finding from it shows the list's note.
import { i18n } from '#i18n';
import { useMemo, useState, type ReactNode } from 'react';
import { findingKey, proofread, type Finding } from '../../lib/domain/proofread/index.ts';
import { useWordListOptions } from '../hooks/useWordLists.ts';
import { clauseText, fixText, ruleText, severityText } from './findingText.ts';
import { forgetIgnored, ignoredKeys, ignoreKey, rememberIgnored } from './ignored.ts';
import './proofread.css';

/** Characters of context shown each side of a finding. */
const CONTEXT = 8;

interface Props {
  text: string;
  /** Marks said elsewhere already (the fill form asks for a missing value's 【名称】): not repeated here. */
  known?: readonly string[];
  onFix: (findings: Finding[]) => void;
  /** While a fix is being applied, the buttons wait. */
  busy?: boolean;
  /** A long text (校对全文): each run of findings under the name of the place it is in, such as a part's heading. */
  groupOf?: (f: Finding) => string;
  /** Whether a finding's fix can be made where it stands; every one with a fix can when left out. */
  canFix?: (f: Finding) => boolean;
  /** Said under a finding: where it is, a way to go there. */
  aside?: (f: Finding) => ReactNode;
}

function Quote({ text, finding }: { text: string; finding: Finding }) {
  const from = Math.max(0, finding.start - CONTEXT);
  const to = Math.min(text.length, finding.end + CONTEXT);
  return (
    <p className="proofread-quote">
      {from > 0 && '…'}
      {text.slice(from, finding.start)}
      <mark>{text.slice(finding.start, finding.end)}</mark>
      {text.slice(finding.end, to)}
      {to < text.length && '…'}
    </p>
  );
}

/** Consecutive findings with the same group name, in order; one unnamed group without `groupOf`. */
function groupsOf(findings: readonly Finding[], groupOf: ((f: Finding) => string) | undefined): { name: string; findings: Finding[] }[] {
  const groups: { name: string; findings: Finding[] }[] = [];
  for (const f of findings) {
    const name = groupOf?.(f) ?? '';
    const last = groups[groups.length - 1];
    if (last && last.name === name) last.findings.push(f);
    else groups.push({ name, findings: [f] });
  }
  return groups;
}

export function ProofreadFindings({ text, known = [], onFix, busy = false, groupOf, canFix = () => true, aside }: Props) {
  const knownKey = known.join('\u0000');
  const lists = useWordListOptions();
  const all = useMemo(() => {
    const said = new Set(knownKey.split('\u0000'));
    return proofread(text, lists).filter((f) => !(f.rule === 'unfinished.bracket' && said.has(text.slice(f.start, f.end))));
  }, [text, knownKey, lists]);
  // What was ignored belongs to the line it was ignored on (ignored.ts): read again for each text.
  const [ignored, setIgnored] = useState(() => ({ text, keys: ignoredKeys() }));
  const keys = ignored.text === text ? ignored.keys : ignoredKeys();
  const shown = all.filter((f) => !keys.has(ignoreKey(text, f)));
  const hiddenCount = all.length - shown.length;

  function ignore(f: Finding) {
    rememberIgnored(text, [f]);
    setIgnored({ text, keys: new Set([...keys, ignoreKey(text, f)]) });
  }

  function showIgnored() {
    forgetIgnored(text, all);
    setIgnored({ text, keys: ignoredKeys() });
  }

  return (
    <section className="proofread" aria-label={i18n.t('proofread.label')}>
      <h3>{i18n.t('proofread.title')}</h3>
      {shown.length === 0 ? <p className="muted small">{i18n.t('proofread.none')}</p> : <p className="small">{i18n.t('proofread.found', { count: String(shown.length) })}</p>}
      {groupsOf(shown, groupOf).map((group, n) => (
        <div key={n} className="proofread-group">
          {group.name && <h4>{group.name}</h4>}
          <ol className="proofread-list" aria-label={group.name || undefined}>
            {group.findings.map((f) => {
              const fixable = f.fix !== undefined && canFix(f);
              const sameRule = fixable ? shown.filter((g) => g.rule === f.rule && g.fix !== undefined && canFix(g)) : [];
              return (
                <li key={findingKey(text, f)} className={`proofread-item ${f.severity}`}>
                  <p>
                    <span className="proofread-severity">{severityText(f)}</span> {ruleText(f.rule)}
                  </p>
                  <Quote text={text} finding={f} />
                  {f.fix !== undefined && <p className="proofread-fix">{fixText(text, f)}</p>}
                  {f.note && <p className="proofread-note">{i18n.t('proofread.note', { note: f.note })}</p>}
                  <p className="muted small">{clauseText(f.rule)}</p>
                  {aside?.(f)}
                  <div className="actions">
                    {fixable && (
                      <button className="primary" disabled={busy} onClick={() => onFix([f])}>
                        {i18n.t('proofread.fix')}
                      </button>
                    )}
                    {sameRule.length > 1 && (
                      <button disabled={busy} onClick={() => onFix(sameRule)}>
                        {i18n.t('proofread.fixAll', { count: String(sameRule.length) })}
                      </button>
                    )}
                    <button onClick={() => ignore(f)}>{i18n.t('proofread.ignore')}</button>
                  </div>
                </li>
              );
            })}
          </ol>
        </div>
      ))}
      {hiddenCount > 0 && (
        <p className="muted small">
          {i18n.t('proofread.ignoredCount', { count: String(hiddenCount) })}{' '}
          <button className="link" onClick={showIgnored}>
            {i18n.t('proofread.showIgnored')}
          </button>
        </p>
      )}
    </section>
  );
}
