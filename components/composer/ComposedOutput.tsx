// The three composed sections, each insertable or copyable on its own, or all together.
import { useState } from 'react';
import type { ComposedSections } from '../../lib/domain/compose.ts';
import { copyParagraphs } from '../../lib/insertion/clipboard.ts';
import { insertIntoPage } from '../../lib/messaging/insertFromPanel.ts';
import { useStatus } from '../Status.tsx';

const PARTS = [
  ['problems', '存在问题'],
  ['causes', '原因分析'],
  ['measures', '下步措施'],
] as const;

export function ComposedOutput({ sections }: { sections: ComposedSections }) {
  const show = useStatus();
  const [busy, setBusy] = useState(false);
  const all = [...sections.problems, ...sections.causes, ...sections.measures];

  async function insert(paragraphs: string[], what: string) {
    if (paragraphs.length === 0) return show(`${what}是空的。`, 'warning');
    setBusy(true);
    try {
      const outcome = await insertIntoPage(paragraphs, 'rich');
      if (outcome.kind === 'inserted') show(`已插入${what}，共 ${paragraphs.length} 段。`, 'success');
      else if (outcome.kind === 'copied') show(`${outcome.reason}${what}已复制，请在编辑器中按 Ctrl+V 粘贴。`, 'warning');
      else show(outcome.reason, 'error');
    } finally {
      setBusy(false);
    }
  }

  async function copy(paragraphs: string[], what: string) {
    try {
      await copyParagraphs(paragraphs);
      show(`已复制${what}，可按 Ctrl+V 粘贴。`, 'success');
    } catch {
      show('复制失败：浏览器没有允许写入剪贴板。', 'error');
    }
  }

  return (
    <div className="composed">
      {PARTS.map(([key, label]) => (
        <section key={key} aria-label={label} className="composed-section">
          <h3>{label}</h3>
          <div className="preview">
            {sections[key].map((p, i) => (
              <p key={i}>{p}</p>
            ))}
          </div>
          <div className="actions">
            <button disabled={busy} onClick={() => void insert(sections[key], label)}>
              插入{label}
            </button>
            <button onClick={() => void copy(sections[key], label)}>复制{label}</button>
          </div>
        </section>
      ))}
      <div className="actions">
        <button className="primary" disabled={busy} onClick={() => void insert(all, '三部分')}>
          全部插入
        </button>
        <button onClick={() => void copy(all, '三部分')}>全部复制</button>
      </div>
    </div>
  );
}
