// 校对网页中的文字: on the user's click only, the panel reads the selection, or the whole editable
// that holds the caret, in the web page, and lists what 校对 finds there; a chosen fix is applied
// in the page itself (its span selected, the fix inserted as 插入 does), one Ctrl+Z taking it back;
// 这一类全部改正 within one line of plain text is one insertion too, and one Ctrl+Z.
import { i18n } from '#i18n';
import { useState } from 'react';
import { applyFixes, mergedFix, type Finding } from '../../lib/domain/proofread/index.ts';
import { applyPageFix, readPageText, type PageRead } from '../../lib/panel/proofreadPage.ts';
import { ErrorLine } from '../common/ErrorLine.tsx';
import { problemText } from '../common/problemText.ts';
import { ProofreadFindings } from './ProofreadFindings.tsx';

type Read = Extract<PageRead, { ok: true }>;

export function PageProofread() {
  const [read, setRead] = useState<{ from: Read; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function readPage() {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const answer = await readPageText();
      if (answer.ok) setRead({ from: answer, text: answer.text });
      else {
        setRead(null);
        setError(problemText(answer.problem));
      }
    } finally {
      setBusy(false);
    }
  }

  async function fix(findings: Finding[]) {
    if (!read) return;
    setBusy(true);
    setError(null);
    setDone(null);
    let text = read.text;
    let applied = 0;
    let together = false;
    try {
      // Several fixes within one line of plain text go in as one insertion: one Ctrl+Z takes them
      // all back. Elsewhere (across lines, or over formatted text) they go in one by one.
      const merged = mergedFix(text, findings);
      const once = merged ? await applyPageFix(read.from, text, merged.finding, true) : 'notPlain';
      if (merged && once === true) {
        text = applyFixes(text, [merged.finding]);
        applied = merged.count;
        together = true;
        return;
      }
      if (once === false) {
        setError(i18n.t('proofread.page.notApplied'));
        return;
      }
      // From the last to the first: a fix changes the offsets after it, never those before.
      for (const finding of [...findings].sort((a, b) => b.start - a.start)) {
        if (!(await applyPageFix(read.from, text, finding))) {
          setError(i18n.t('proofread.page.notApplied'));
          break;
        }
        text = applyFixes(text, [finding]);
        applied++;
      }
    } finally {
      setRead({ from: read.from, text });
      if (applied > 0) setDone(i18n.t(together ? 'proofread.page.appliedTogether' : 'proofread.page.applied', { count: String(applied) }));
      setBusy(false);
    }
  }

  return (
    <section className="page-proofread" aria-label={i18n.t('proofread.page.title')}>
      <p className="muted">{i18n.t('proofread.page.intro')}</p>
      <div className="actions">
        <button className="primary" disabled={busy} onClick={() => void readPage()}>
          {i18n.t('proofread.page.read')}
        </button>
      </div>
      <ErrorLine message={error} />
      {done && (
        <p className="small" role="status">
          {done}
        </p>
      )}
      {read && (
        <>
          <p className="small">{i18n.t(read.from.scope === 'selection' ? 'proofread.page.scopeSelection' : 'proofread.page.scopeEditable', { count: String(read.text.length) })}</p>
          <ProofreadFindings text={read.text} onFix={(chosen) => void fix(chosen)} busy={busy} />
        </>
      )}
    </section>
  );
}
