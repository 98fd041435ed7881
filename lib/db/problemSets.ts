// Problem sets: for each problem snippet, its ordered causes and measures, 责任单位 and 时限.
import { ProblemSet } from '../domain/schemas.ts';
import { type DrafterDatabase, newId } from './database.ts';

export type ProblemSetChanges = Partial<Pick<ProblemSet, 'causeIds' | 'measureIds' | 'owner' | 'deadline'>>;

/** Saves the set of a problem, creating it on first change. */
export async function saveProblemSet(db: DrafterDatabase, problemId: string, changes: ProblemSetChanges, now = Date.now()): Promise<ProblemSet> {
  return db.transaction('rw', db.problemSets, async () => {
    const current = await db.problemSets.where('problemId').equals(problemId).first();
    const base = current ?? { id: newId(), problemId, causeIds: [], measureIds: [], owner: '', deadline: '' };
    const next = ProblemSet.parse({ ...base, ...changes, updatedAt: now, revision: current ? (current.revision ?? 1) + 1 : 1 });
    await db.problemSets.put(next);
    return next;
  });
}

export async function listProblemSets(db: DrafterDatabase): Promise<ProblemSet[]> {
  return db.problemSets.toArray();
}
