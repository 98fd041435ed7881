// The clean corpus (tests/fixtures/proofread-clean/): realistic reports of several kinds written
// for this project, right by GB/T 15834, 15835 and 9704. Proofreading them finds nothing, so a
// rule that starts to cry wolf on normal text fails here.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { proofread } from '../../../lib/domain/proofread/index.ts';
import { fixturePath, fixtureText } from '../../support/fixtures.ts';

const DIR = 'proofread-clean';
const files = readdirSync(fixturePath(DIR)).filter((f) => f.endsWith('.txt')).sort();

describe('proofread: the clean corpus', () => {
  it('holds at least 20,000 characters in several kinds of report', () => {
    const total = files.reduce((n, f) => n + fixtureText(`${DIR}/${f}`).length, 0);
    expect(total).toBeGreaterThanOrEqual(20_000);
    const kinds = ['述职', '总结', '整改', '调研', '通知'];
    const titles = files.map((f) => fixtureText(`${DIR}/${f}`).split('\n')[0]!);
    for (const kind of kinds) expect(titles.some((t) => t.includes(kind)), kind).toBe(true);
  });

  it.each(files)('%s gives no finding', (file) => {
    const text = fixtureText(`${DIR}/${file}`);
    const found = proofread(text).map((f) => ({ rule: f.rule, severity: f.severity, text: text.slice(Math.max(0, f.start - 10), f.end + 10) }));
    expect(found).toEqual([]);
  });

  it('gives no finding on all of it read as one text', () => {
    const all = files.map((f) => fixtureText(`${DIR}/${f}`)).join('\n');
    expect(proofread(all).filter((f) => f.severity !== 'info')).toEqual([]);
  });
});
