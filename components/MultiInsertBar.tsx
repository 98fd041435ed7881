// Several snippets picked in order, inserted or copied together as one run of paragraphs.
import { useState } from 'react';
import { slotLookup } from '../lib/db/slotLookup.ts';
import type { Snippet } from '../lib/domain/schemas.ts';
import { renderedParagraphs, renderTemplate } from '../lib/domain/template/index.ts';
import { copyParagraphs } from '../lib/insertion/clipboard.ts';
import { insertIntoPage } from '../lib/messaging/insertFromPanel.ts';
import { recordSnippetUse } from './hooks/actions.ts';
import { useCurrentPeriod, useMetricStore } from './hooks/useLibrary.ts';
import { useStatus } from './Status.tsx';

export function MultiInsertBar({ snippets, onClear }: { snippets: readonly Snippet[]; onClear: () => void }) {
  const store = useMetricStore();
  const period = useCurrentPeriod();
  const show = useStatus();
  const [busy, setBusy] = useState(false);
  if (!store || !period || snippets.length === 0) return null;
  const lookup = slotLookup(store);
  const rendered = snippets.map((s) => renderTemplate(s.body, { period, lookup }));
  const paragraphs = rendered.flatMap(renderedParagraphs);
  const missing = new Set(rendered.flatMap((r) => r.missing)).size;
  const note = missing > 0 ? `其中 ${missing} 个空位没有数值，已用【】标出。` : '';

  async function run(kind: 'insert' | 'copy') {
    setBusy(true);
    try {
      if (kind === 'copy') {
        await copyParagraphs(paragraphs);
        show(`已复制 ${snippets.length} 个片段、${paragraphs.length} 段。${note}`, 'success');
      } else {
        const outcome = await insertIntoPage(paragraphs, 'rich');
        if (outcome.kind === 'refused') return show(outcome.reason, 'error');
        show(
          outcome.kind === 'inserted' ? `已按顺序插入 ${snippets.length} 个片段、${paragraphs.length} 段。${note}` : `${outcome.reason}已复制，请按 Ctrl+V 粘贴。`,
          outcome.kind === 'inserted' && !note ? 'success' : 'warning',
        );
      }
      await Promise.all(snippets.map((s) => recordSnippetUse(s.id)));
    } catch {
      show('复制失败：浏览器没有允许写入剪贴板。', 'error');
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="multi-bar" role="region" aria-label="已选片段">
      <span>已选 {snippets.length} 个</span>
      <button className="primary" disabled={busy} onClick={() => void run('insert')}>
        按顺序插入
      </button>
      <button disabled={busy} onClick={() => void run('copy')}>
        一起复制
      </button>
      <button className="link" onClick={onClear}>
        清除选择
      </button>
    </div>
  );
}
