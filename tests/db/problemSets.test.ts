import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { listProblemSets, saveProblemSet } from '../../lib/db/problemSets.ts';
import { freshDatabase } from './support.ts';

describe('problem sets', () => {
  it('are created on first change and updated after, one per problem', async () => {
    const db = freshDatabase();
    await saveProblemSet(db, 'p1', { causeIds: ['c1'] }, 1);
    await saveProblemSet(db, 'p1', { measureIds: ['m1', 'm2'], owner: '组织办' }, 2);
    expect(await listProblemSets(db)).toMatchObject([{ problemId: 'p1', causeIds: ['c1'], measureIds: ['m1', 'm2'], owner: '组织办', deadline: '', updatedAt: 2 }]);
  });

  it('refuse invalid changes and keep the old set', async () => {
    const db = freshDatabase();
    await saveProblemSet(db, 'p1', { owner: '甲' });
    await expect(saveProblemSet(db, 'p1', { owner: 'x'.repeat(500) })).rejects.toBeInstanceOf(ZodError);
    expect((await listProblemSets(db))[0]?.owner).toBe('甲');
  });
});
