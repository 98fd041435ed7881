// The three composed sections, each insertable or copyable on its own, or all together — then
// under their numbered headings (一、存在问题 …), so the sections' lists stay apart in the
// document. Before any of it goes in, the same warning as for one snippet says what is unfilled.
import { i18n } from '#i18n';
import { previewIndents } from '../../lib/domain/paragraphs.ts';
import { composeDocument, sectionHeadings, SECTION_KEYS, type ComposedSections, type ComposeStyles, type SectionKey } from '../../lib/domain/compose.ts';
import type { Unfilled } from '../../lib/domain/template/index.ts';
import { useStatus } from '../app/Status.tsx';
import { UnfilledWarning, unfilledNote } from '../common/UnfilledWarning.tsx';
import { FormatChoice } from '../common/FormatChoice.tsx';
import { useInsert } from '../hooks/useInsert.ts';
import { useInsertIndent } from '../hooks/useLibrary.ts';

interface Props {
  sections: ComposedSections;
  styles: ComposeStyles;
  unfilled: Record<SectionKey, Unfilled>;
  unfilledAll: Unfilled;
}

export function ComposedOutput({ sections, styles, unfilled, unfilledAll }: Props) {
  const show = useStatus();
  const { busy, insert: insertText, copy: copyText } = useInsert();
  const indent = useInsertIndent();
  const all = composeDocument(sections, styles);

  async function insert(paragraphs: string[], what: string, missing: Unfilled) {
    if (paragraphs.length === 0) return show(i18n.t('composer.empty', { what }), 'warning');
    const note = unfilledNote(missing);
    await insertText(paragraphs, {
      inserted: i18n.t('composer.inserted', paragraphs.length, { what }) + note,
      copiedInstead: (reason) => i18n.t('composer.copiedInstead', { reason, what }) + note,
      unfilled: note !== '',
    });
  }

  async function copy(paragraphs: string[], what: string, missing: Unfilled) {
    const note = unfilledNote(missing);
    try {
      await copyText(paragraphs);
      show(i18n.t('composer.copied', { what }) + note, note ? 'warning' : 'success');
    } catch {
      show(i18n.t('common.copyFailed'), 'error');
    }
  }

  return (
    <div className="composed">
      {SECTION_KEYS.map((key) => {
        const label = i18n.t(`composer.parts.${key}`);
        return (
          <section key={key} aria-label={label} className="composed-section">
            <h3>{label}</h3>
            <div className="preview">
              {sections[key].map((p, i) => (
                <p key={i} className={previewIndents(p, { indent }) ? undefined : 'flush'}>
                  {p}
                </p>
              ))}
            </div>
            <UnfilledWarning unfilled={unfilled[key]} />
            <div className="actions">
              <button disabled={busy} onClick={() => void insert(sections[key], label, unfilled[key])}>
                {i18n.t('composer.insertPart', { part: label })}
              </button>
              <button onClick={() => void copy(sections[key], label, unfilled[key])}>{i18n.t('composer.copyPart', { part: label })}</button>
            </div>
          </section>
        );
      })}
      <p className="muted small">{i18n.t('composer.allWithHeadings', { headings: sectionHeadings(sections, styles).map((h) => h.heading).join('　') })}</p>
      <UnfilledWarning unfilled={unfilledAll} />
      <FormatChoice />
      <div className="actions">
        <button className="primary" disabled={busy} onClick={() => void insert(all, i18n.t('composer.allParts'), unfilledAll)}>
          {i18n.t('composer.insertAll')}
        </button>
        <button onClick={() => void copy(all, i18n.t('composer.allParts'), unfilledAll)}>{i18n.t('composer.copyAll')}</button>
      </div>
    </div>
  );
}
