// What the status line says after 插入, in the default language: a code from the page or the panel
// becomes the sentence users read, with its figures, and a view's own words around it.
import { describe, expect, it } from 'vitest';
import { i18n } from '#i18n';
import { problem } from '../../../lib/domain/problem.ts';
import { insertOutcomeText, type InsertWords } from '../../../components/common/insertOutcomeText.ts';

const snippetWords: InsertWords = {
  inserted: i18n.t('snippets.inserted', 2),
  copiedInstead: (reason) => i18n.t('common.copiedInstead', { reason }),
  unfilled: false,
};

describe('the words after an insertion', () => {
  it('inserted: the view\'s sentence, a success unless something is unfilled', () => {
    expect(insertOutcomeText({ kind: 'inserted', route: 'r', editor: 'e' }, snippetWords)).toEqual({ text: '已插入 2 段。', tone: 'success' });
    expect(insertOutcomeText({ kind: 'inserted', route: 'r', editor: 'e' }, { ...snippetWords, unfilled: true }).tone).toBe('warning');
  });

  it('copied: why it is not in the page, then what to do, as one warning', () => {
    expect(insertOutcomeText({ kind: 'copied', problem: problem('insert.notAccepted') }, snippetWords)).toEqual({
      text: '编辑器没有接受插入。已复制，请在编辑器中按 Ctrl+V 粘贴。',
      tone: 'warning',
    });
    expect(insertOutcomeText({ kind: 'copied', problem: problem('insert.unverifiable.tencentDocs') }, snippetWords).text).toBe(
      '腾讯文档无法确认是否已插入，文中没有出现时才需要粘贴。已复制，请在编辑器中按 Ctrl+V 粘贴。',
    );
  });

  it('refused: the reason alone, with its figures, as an error', () => {
    expect(insertOutcomeText({ kind: 'refused', problem: problem('insert.tooLong', { max: 20, chars: 35 }) }, snippetWords)).toEqual({
      text: '这个输入框最多能写 20 个字，放不下这段文字（35 字），没有插入。',
      tone: 'error',
    });
  });

  it('neither inserted nor copied: the reason, then how to copy by hand', () => {
    expect(insertOutcomeText({ kind: 'uncopied', problem: problem('insert.unreachable') }, snippetWords)).toEqual({
      text: '无法连接到当前网页。复制到剪贴板也失败了，请在预览中选中文字手动复制。',
      tone: 'error',
    });
  });
});
