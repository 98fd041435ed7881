// The three composed sections, each insertable or copyable on its own, or all together.
import { i18n } from '#i18n';
import { useState } from 'react';
import type { ComposedSections } from '../../lib/domain/compose.ts';
import { copyParagraphs } from '../../lib/insertion/clipboard.ts';
import { insertIntoPage } from '../../lib/messaging/insertFromPanel.ts';
import { useStatus } from '../Status.tsx';
import { useInsertFormat } from '../hooks/useLibrary.ts';

const PARTS = ['problems', 'causes', 'measures'] as const;

export function ComposedOutput({ sections }: { sections: ComposedSections }) {
  const show = useStatus();
  const format = useInsertFormat();
  const [busy, setBusy] = useState(false);
  const all = [...sections.problems, ...sections.causes, ...sections.measures];

  async function insert(paragraphs: string[], what: string) {
    if (paragraphs.length === 0) return show(i18n.t('composer.empty', { what }), 'warning');
    setBusy(true);
    try {
      const outcome = await insertIntoPage(paragraphs, format);
      if (outcome.kind === 'inserted') show(i18n.t('composer.inserted', paragraphs.length, { what }), 'success');
      else if (outcome.kind === 'copied') show(i18n.t('composer.copiedInstead', { reason: outcome.reason, what }), 'warning');
      else show(outcome.reason, 'error');
    } finally {
      setBusy(false);
    }
  }

  async function copy(paragraphs: string[], what: string) {
    try {
      await copyParagraphs(paragraphs);
      show(i18n.t('composer.copied', { what }), 'success');
    } catch {
      show(i18n.t('common.copyFailed'), 'error');
    }
  }

  return (
    <div className="composed">
      {PARTS.map((key) => {
        const label = i18n.t(`composer.parts.${key}`);
        return (
          <section key={key} aria-label={label} className="composed-section">
            <h3>{label}</h3>
            <div className="preview">
              {sections[key].map((p, i) => (
                <p key={i}>{p}</p>
              ))}
            </div>
            <div className="actions">
              <button disabled={busy} onClick={() => void insert(sections[key], label)}>
                {i18n.t('composer.insertPart', { part: label })}
              </button>
              <button onClick={() => void copy(sections[key], label)}>{i18n.t('composer.copyPart', { part: label })}</button>
            </div>
          </section>
        );
      })}
      <div className="actions">
        <button className="primary" disabled={busy} onClick={() => void insert(all, i18n.t('composer.allParts'))}>
          {i18n.t('composer.insertAll')}
        </button>
        <button onClick={() => void copy(all, i18n.t('composer.allParts'))}>{i18n.t('composer.copyAll')}</button>
      </div>
    </div>
  );
}
