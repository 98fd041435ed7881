// Export → wipe → restore gives the same library, for generated libraries: odd text, every kind of
// metric value, trashed snippets, revisions, problem sets and reports (nested parts, every kind of
// block, trashed ones).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backupToJson, exportLibrary, readLibraryFile, restoreBackup } from '../../../lib/db/backup/index.ts';
import { ReportRow } from '../../../lib/db/reportRow.ts';
import { Metric, MetricValue, ProblemSet, Snippet, SnippetRevision, TallyEntry, SNIPPET_ROLES, METRIC_KINDS } from '../../../lib/domain/schemas.ts';
import { freshDatabase } from '../support.ts';
import { dump } from './library.ts';

const text = (max: number) => fc.string({ unit: 'grapheme', maxLength: max });
const title = text(30).filter((t) => t.trim().length > 0);
const time = fc.integer({ min: 0, max: 4_000_000_000_000 });
/** Headings, titles and 落款 lines hold no line break. */
const line = (max: number) => text(max).map((t) => t.replace(/[\r\n]/g, ''));

const library = fc
  .record({
    snippets: fc.uniqueArray(
      fc.record({ id: fc.uuid(), title, body: text(200), role: fc.constantFrom(...SNIPPET_ROLES), folder: text(20), tags: fc.array(text(8).filter((t) => t.length > 0), { maxLength: 3 }), favorite: fc.boolean(), useCount: fc.nat(1000), createdAt: time, updatedAt: time, lastUsedAt: fc.option(time), deletedAt: fc.option(time) }),
      { selector: (s) => s.id, maxLength: 12 },
    ),
    metrics: fc.uniqueArray(
      fc.record({ id: fc.uuid(), name: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }).filter((n) => Metric.shape.name.safeParse(n).success && n === n.trim()), kind: fc.constantFrom(...METRIC_KINDS), unit: text(4), note: text(30), tags: fc.constant([]), createdAt: time, updatedAt: time }),
      { selector: (m) => m.name, maxLength: 8 },
    ),
    values: fc.array(fc.record({ period: fc.constantFrom('2024', '2025', '2025-H1', '2025-Q3', '2025-11'), value: fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }).map((v) => (Object.is(v, -0) ? 0 : v)), text(20)), note: text(10), updatedAt: time }), { maxLength: 20 }),
    tallies: fc.array(fc.record({ date: fc.constantFrom('2025-01-02', '2025-12-31'), amount: fc.integer({ min: -5, max: 50 }), note: text(10), createdAt: time }), { maxLength: 10 }),
    revisions: fc.array(fc.record({ title: text(20), body: text(50), savedAt: time }), { maxLength: 8 }),
    reports: fc.array(fc.record({ title: line(30), heading: line(20), sub: line(20), text: text(60), date: fc.option(fc.constantFrom('2026-01-05', '2024-02-29')), createdAt: time, deletedAt: fc.option(time) }), { maxLength: 4 }),
  })
  .map(({ snippets, metrics, values, tallies, revisions, reports }) => {
    const s = snippets.map((x) => Snippet.parse(x));
    const m = metrics.filter((x) => new Set(metrics.map((y) => y.id)).has(x.id)).map((x) => Metric.parse(x));
    const v = m.length === 0 ? [] : [...new Map(values.map((x, i) => [`${m[i % m.length]!.id}${x.period}`, MetricValue.parse({ ...x, metricId: m[i % m.length]!.id })])).values()];
    const t = m.length === 0 ? [] : tallies.map((x, i) => TallyEntry.parse({ ...x, id: `t${i}`, metricId: m[i % m.length]!.id }));
    const r = s.length === 0 ? [] : revisions.map((x, i) => SnippetRevision.parse({ ...x, snippetId: s[i % s.length]!.id }));
    const p = s.length < 2 ? [] : [ProblemSet.parse({ id: 'ps', problemId: s[0]!.id, causeIds: [s[1]!.id], measureIds: [], owner: '', deadline: '', updatedAt: 1 })];
    const rp = reports.map((x, i) =>
      ReportRow.parse({
        id: `r${i}`,
        title: x.title,
        period: '2025',
        author: { unit: x.sub, name: x.heading, post: '' },
        opening: [{ kind: 'text', text: x.text }],
        parts: [{ id: 'a', heading: x.heading, blocks: s.length ? [{ kind: 'snippet', snippetId: s[0]!.id }, { kind: 'problemSet', id: 'ps' }] : [], children: [{ id: 'b', heading: x.sub, blocks: [{ kind: 'text', text: x.text }], children: [] }] }],
        closing: [],
        signature: [x.sub],
        date: x.date,
        createdAt: x.createdAt,
        updatedAt: x.createdAt,
        deletedAt: x.deletedAt,
      }),
    );
    return { s, m, v, t, r, p, rp };
  });

describe('backup round trip (property)', () => {
  it('export → JSON → new library → restore → the same rows in every table', async () => {
    await fc.assert(
      fc.asyncProperty(library, async ({ s, m, v, t, r, p, rp }) => {
        const db = freshDatabase();
        await db.snippets.bulkAdd(s);
        await db.metrics.bulkAdd(m);
        await db.metricValues.bulkAdd(v);
        await db.tallyEntries.bulkAdd(t);
        await db.snippetRevisions.bulkAdd(r);
        await db.problemSets.bulkAdd(p);
        await db.reports.bulkAdd(rp);
        await db.settings.put({ key: 'currentPeriod', value: '2025' });
        const read = readLibraryFile(backupToJson(await exportLibrary(db)));
        if (!read.ok) throw new Error(JSON.stringify(read.error));
        if (read.value.kind !== 'backup') throw new Error('not a backup');
        const target = freshDatabase();
        await restoreBackup(target, read.value.file, 'replace');
        expect(await dump(target)).toEqual(await dump(db));
        db.close();
        target.close();
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});
