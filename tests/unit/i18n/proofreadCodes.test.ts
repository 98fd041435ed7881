// Every proofreading rule (lib/domain/proofread) has words for the user in zh-CN and in en, under
// `proofread.rule.<code>` — the panel shows a finding in those words, never its code.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseMessagesFile } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';
import { PROOFREAD_RULE_CODES } from '../../../lib/domain/proofread/index.ts';

const dir = join(dirname(fileURLToPath(import.meta.url)), '../../../locales');

async function ruleWords(file: string): Promise<Map<string, string>> {
  const messages = await parseMessagesFile(join(dir, file));
  const out = new Map<string, string>();
  for (const m of messages) if (m.key[0] === 'proofread' && m.key[1] === 'rule' && m.type !== 'plural') out.set(m.key.slice(2).join('.'), m.message);
  return out;
}

describe('proofread rule codes', () => {
  it('every rule has words in both languages, and no words are left without a rule', async () => {
    const [zh, en] = await Promise.all([ruleWords('zh-CN.yml'), ruleWords('en.yml')]);
    const missing = PROOFREAD_RULE_CODES.flatMap((code) => [zh.has(code) ? [] : [`${code} (zh-CN)`], en.has(code) ? [] : [`${code} (en)`]].flat());
    expect(missing).toEqual([]);
    expect([...zh.keys()].filter((k) => !PROOFREAD_RULE_CODES.includes(k))).toEqual([]);
    expect([...en.keys()].filter((k) => !PROOFREAD_RULE_CODES.includes(k))).toEqual([]);
  });

  it('no English words hold Chinese', async () => {
    const en = await ruleWords('en.yml');
    expect([...en].filter(([, text]) => /[\u4e00-\u9fff]/.test(text)).map(([code]) => code)).toEqual([]);
  });

  it('each code is one rule', () => {
    expect(new Set(PROOFREAD_RULE_CODES).size).toBe(PROOFREAD_RULE_CODES.length);
  });
});
