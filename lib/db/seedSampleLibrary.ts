// First-run sample library. It is written only into an empty library, once: a user who deletes it
// does not get it back, and it never overwrites anything. Its figures are invented but look real,
// so every value and tally entry it writes carries `sample: true` (the panel marks them 示例).
import { SAMPLE_METRICS, SAMPLE_PROBLEM_SETS, SAMPLE_SNIPPETS, SAMPLE_TAG } from '../domain/sampleLibrary.ts';
import { Metric, MetricValue, ProblemSet, Snippet, TallyEntry } from '../domain/schemas.ts';
import { type DrafterDatabase, newId } from './database.ts';
import { defaultPeriod, readSetting, writeSetting } from './settings.ts';

export async function seedSampleLibraryIfEmpty(db: DrafterDatabase, now = new Date()): Promise<boolean> {
  // Checked first without a write transaction: on every open but the first, a read-write
  // transaction over six tables would hold up the panel's first read of the library.
  if (await readSetting(db, 'sampleLibrarySeeded')) return false;
  return db.transaction('rw', [db.snippets, db.metrics, db.metricValues, db.tallyEntries, db.settings, db.problemSets], async () => {
    if (await readSetting(db, 'sampleLibrarySeeded')) return false;
    const hasData = (await db.snippets.count()) > 0 || (await db.metrics.count()) > 0;
    if (!hasData) await writeSample(db, Number(defaultPeriod(now)), now.getTime());
    await writeSetting(db, 'sampleLibrarySeeded', true);
    return !hasData;
  });
}

async function writeSample(db: DrafterDatabase, year: number, now: number): Promise<void> {
  const base = { useCount: 0, favorite: false, createdAt: now, updatedAt: now, lastUsedAt: null, deletedAt: null };
  // Later snippets get slightly older timestamps so the list shows them in the sample's order.
  const snippets = SAMPLE_SNIPPETS.map((s, i) => Snippet.parse({ ...s, tags: [...s.tags, SAMPLE_TAG], ...base, updatedAt: now - i, id: newId() }));
  await db.snippets.bulkAdd(snippets);
  const idOf = (title: string) => snippets.find((s) => s.title === title)!.id;
  await db.problemSets.bulkAdd(
    SAMPLE_PROBLEM_SETS.map((set) =>
      ProblemSet.parse({ id: newId(), problemId: idOf(set.problem), causeIds: set.causes.map(idOf), measureIds: set.measures.map(idOf), owner: set.owner, deadline: set.deadline, updatedAt: now }),
    ),
  );
  for (const sample of SAMPLE_METRICS) {
    const metric = Metric.parse({ id: newId(), name: sample.name, kind: sample.kind, unit: sample.unit, note: sample.note, tags: [], createdAt: now, updatedAt: now });
    await db.metrics.add(metric);
    if (sample.kind === 'tally') {
      const entries = (sample.entries ?? []).map((e) =>
        TallyEntry.parse({ id: newId(), metricId: metric.id, date: `${year}-${e.monthDay}`, amount: 1, note: e.note, createdAt: now, sample: true }),
      );
      await db.tallyEntries.bulkAdd(entries);
      continue;
    }
    const values = [{ period: String(year), value: sample.value }];
    if (sample.lastYear !== undefined) values.push({ period: String(year - 1), value: sample.lastYear });
    await db.metricValues.bulkAdd(values.map((v) => MetricValue.parse({ metricId: metric.id, ...v, note: '', updatedAt: now, sample: true })));
  }
}
