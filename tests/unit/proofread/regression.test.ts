// The regression corpus (tests/fixtures/proofread/): right official texts of five kinds and a list
// of right look-alike lines and short texts that must give no error or warning, and a table of planted errors, one
// per line, each of which must be found by its rule, on its span, with its fix. A new rule that
// cries wolf on right text, or an old one that stops finding what it found, fails here.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { proofread } from '../../../lib/domain/proofread/index.ts';
import { fixturePath, fixtureText } from '../../support/fixtures.ts';

const DIR = 'proofread';
const cleanFiles = readdirSync(fixturePath(`${DIR}/clean`)).filter((f) => f.endsWith('.txt')).sort();

/** What a reader sees of a finding: its rule, the text it covers and a little around it. */
function shown(text: string, found: ReturnType<typeof proofread>) {
  return found.filter((f) => f.severity !== 'info').map((f) => `${f.rule} ${text.slice(Math.max(0, f.start - 8), f.start)}⟦${text.slice(f.start, f.end)}⟧${text.slice(f.end, f.end + 8)}`);
}

describe('proofread regression: right text stays quiet', () => {
  it('holds the five kinds of text', () => {
    const titles = cleanFiles.map((f) => fixtureText(`${DIR}/clean/${f}`).split('\n')[0]!);
    for (const kind of ['通知', '纪要', '调研报告', '述职', '讲话']) expect(titles.some((t) => t.includes(kind)), kind).toBe(true);
  });

  it.each(cleanFiles)('%s gives no error or warning', (file) => {
    const text = fixtureText(`${DIR}/clean/${file}`);
    expect(shown(text, proofread(text))).toEqual([]);
  });

  const blocks = fixtureText(`${DIR}/lookalike-blocks.txt`).split('\n===\n');
  it.each(blocks.map((b) => [b.split('\n')[0]!, b] as const))('look-alike text: %s', (_first, block) => {
    expect(shown(block, proofread(block))).toEqual([]);
  });

  const lookalikes = fixtureText(`${DIR}/lookalikes.txt`).split('\n').filter((l) => l.trim() !== '');
  it.each(lookalikes)('look-alike: %s', (line) => {
    expect(shown(line, proofread(line))).toEqual([]);
  });
});

interface Planted {
  rule: string;
  text: string;
  at: string;
  fix: string;
}

/** planted.tsv: rule, text (\n for a line break), the text the finding covers, its fix (empty: deleted, or none). */
const planted: Planted[] = fixtureText(`${DIR}/planted.tsv`)
  .split('\n')
  .filter((row) => row.trim() !== '')
  .map((row) => {
    const [rule = '', text = '', at = '', fix = ''] = row.split('\t');
    return { rule, text: text.replaceAll('\\n', '\n'), at, fix };
  });

describe('proofread regression: planted errors are found', () => {
  it('holds several cases of every family', () => {
    const families = new Map<string, number>();
    for (const p of planted) families.set(p.rule.split('.')[0]!, (families.get(p.rule.split('.')[0]!) ?? 0) + 1);
    for (const family of ['punct', 'number', 'levels', 'unfinished', 'words', 'consistency']) expect(families.get(family) ?? 0, family).toBeGreaterThanOrEqual(3);
  });

  it.each(planted.map((p) => [p.rule, p.text, p] as const))('%s: %s', (_rule, _text, p) => {
    const found = proofread(p.text).map((f) => ({ rule: f.rule, at: p.text.slice(f.start, f.end), fix: f.fix ?? '' }));
    expect(found).toContainEqual({ rule: p.rule, at: p.at, fix: p.fix });
  });
});
