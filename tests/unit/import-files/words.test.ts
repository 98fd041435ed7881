// The import's words in both languages: each stage it reports has words, the Chinese are what users
// saw before, and nothing the English panel shows for the import (its view, its stages, its problems)
// holds Chinese.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseMessagesFile } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';
import { stageText } from '../../../components/import/stageText.ts';
import { IMPORT_PROBLEM_CODES } from '../../../lib/import-files/problems.ts';
import { IMPORT_STAGES } from '../../../lib/import-files/progress.ts';
import { noiseReasonKey, noiseReasonText } from '../../../components/import/noiseReasonText.ts';
import { NOISE_REASONS } from '../../../lib/domain/import/index.ts';

const dir = join(dirname(fileURLToPath(import.meta.url)), '../../../locales');

/** key → text (a plural's forms joined) of the messages under a top-level key. */
async function messages(file: string, top: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const m of await parseMessagesFile(join(dir, file))) {
    if (m.key[0] !== top) continue;
    out.set(m.key.join('.'), m.type === 'plural' ? Object.values(m.plurals as Record<string, string>).join(' / ') : m.message);
  }
  return out;
}

describe('import words', () => {
  it('says each stage as before', () => {
    expect(IMPORT_STAGES.map(stageText)).toEqual(['正在准备…', '正在读取文件…', '正在去除广告和水印…', '正在识别提纲层次…', '正在拆分成片段…', '识别完成']);
  });

  it('says why a line looks like noise as before', () => {
    expect(NOISE_REASONS.map(noiseReasonText)).toEqual(['联系方式', '版权/外传声明', '整理者署名', '来源声明', '网址/网站名', '推广信息', '页码', '装饰线', '重复的页眉页脚', '文末广告', '网页防采集乱码', '网页上的栏目、按钮和发布信息', '目录']);
  });

  it('has English words for every stage, every noise reason and every problem', async () => {
    const [view, problems] = await Promise.all([messages('en.yml', 'import'), messages('en.yml', 'problem')]);
    for (const stage of IMPORT_STAGES) expect(view.get(`import.stage.${stage}`), stage).toBeTruthy();
    for (const reason of NOISE_REASONS) expect(view.get(noiseReasonKey(reason)), reason).toBeTruthy();
    for (const code of IMPORT_PROBLEM_CODES) expect(problems.get(`problem.${code}`), code).toBeTruthy();
  });

  it('holds no Chinese in the English import view, stages and problems', async () => {
    const [view, problems] = await Promise.all([messages('en.yml', 'import'), messages('en.yml', 'problem')]);
    const importProblems = [...problems].filter(([key]) => key.startsWith('problem.import.'));
    expect(importProblems.length).toBe(IMPORT_PROBLEM_CODES.length);
    const chinese = [...view, ...importProblems].filter(([, text]) => /[\u4e00-\u9fff]/.test(text)).map(([key]) => key);
    expect(chinese).toEqual([]);
  });
});
