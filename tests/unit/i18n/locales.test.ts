// The locale files: English has exactly the keys of the default (zh-CN), each with the same
// substitutions, so no text falls back to Chinese and no value goes missing in either language.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseMessagesFile } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';
import { i18n } from '#i18n';
import { dateTimeName, periodName } from '../../../components/common/labels.ts';
import { parsePeriod, periodLabel } from '../../../lib/domain/period.ts';

const dir = join(dirname(fileURLToPath(import.meta.url)), '../../../locales');
type Messages = Awaited<ReturnType<typeof parseMessagesFile>>;
const load = (file: string) => parseMessagesFile(join(dir, file));

/** Every form's text of a message (a plural message has several). */
function texts(message: Messages[number]): string[] {
  if (message.type === 'plural') return Object.values(message.plurals as Record<string, string>);
  return [message.message];
}

/** Per key: plural or not, and the set of placeholders ($1…$9 and {name}) over all its forms. */
function shape(messages: Messages) {
  return Object.fromEntries(
    messages
      .filter((m) => !m.key[0]!.startsWith('@@'))
      .map((m) => {
        const placeholders = new Set(texts(m).flatMap((t) => [...t.matchAll(/(?<!\$)\$[1-9]|\{[A-Za-z0-9_]+\}/g)].map((x) => x[0])));
        return [m.key.join('.'), { plural: m.type === 'plural', placeholders: [...placeholders].sort() }];
      }),
  );
}

describe('locales', () => {
  it('has the default zh-CN and a complete en, and nothing else', () => {
    expect(readdirSync(dir).sort()).toEqual(['en.yml', 'zh-CN.yml']);
  });

  it('en has exactly the keys of zh-CN, each plural or not alike, with the same placeholders', async () => {
    const [zh, en] = await Promise.all([load('zh-CN.yml'), load('en.yml')]);
    expect(Object.keys(shape(en)).sort()).toEqual(Object.keys(shape(zh)).sort());
    expect(shape(en)).toEqual(shape(zh));
  });

  it('gives every message a browser message name of its own (names are case-insensitive)', async () => {
    const names = (await load('zh-CN.yml')).map((m) => m.key.join('_').toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^(@@)?[a-z0-9_]+$/);
  });

  it('keeps plural messages free of the separator the library splits forms on', async () => {
    for (const file of ['zh-CN.yml', 'en.yml']) for (const m of await load(file)) if (m.type === 'plural') for (const t of texts(m)) expect(t).not.toContain(' | ');
  });
});

describe('i18n.t on the default locale', () => {
  it('reads nested keys, named substitutions and plural counts', () => {
    expect(i18n.t('snippets.insert')).toBe('插入');
    expect(i18n.t('metrics.value.label', { name: '发展党员' })).toBe('发展党员的数值');
    expect(i18n.t('snippets.inserted', 2)).toBe('已插入 2 段。');
    expect(i18n.t('metrics.deleted', 3, { name: '发展党员' })).toBe('已删除指标「发展党员」及其 3 条数值。');
  });

  it('inserts a value as it is, even one that looks like a placeholder', () => {
    expect(i18n.t('snippets.deleted', { title: '{title} $1 $$' })).toBe('已删除「{title} $1 $$」。');
  });
});

describe('panel labels', () => {
  it('names every period in Chinese exactly as lib/domain does', () => {
    for (const key of ['2026', '2026-H1', '2026-H2', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4', ...Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`)]) {
      const period = parsePeriod(key)!;
      expect(periodName(period)).toBe(periodLabel(period));
    }
  });

  it('writes a moment in Chinese as before: 2026年3月5日 09:07', () => {
    expect(dateTimeName(new Date(2026, 2, 5, 9, 7).getTime())).toBe('2026年3月5日 09:07');
    expect(dateTimeName(new Date(2025, 11, 31, 23, 59).getTime())).toBe('2025年12月31日 23:59');
  });
});
