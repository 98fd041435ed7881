// Rotation and the schedule over any set of names and times.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { autoBackupName, parseAutoBackupName, type BackupStamp } from '../../../lib/domain/backup/name.ts';
import { chooseKept } from '../../../lib/domain/backup/rotation.ts';
import { backupDueAt, DAY, shouldRemind } from '../../../lib/domain/backup/schedule.ts';

const stamp: fc.Arbitrary<BackupStamp> = fc
  .date({ min: new Date(2024, 0, 1), max: new Date(2030, 11, 31), noInvalidDate: true })
  .map((d) => ({ year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate(), hour: d.getHours(), minute: d.getMinutes(), second: d.getSeconds() }));
const ours = fc.uniqueArray(stamp.map((s) => autoBackupName(s, 2)), { maxLength: 120 });
const others = fc.array(fc.string({ maxLength: 30 }), { maxLength: 10 });
const month = (name: string) => {
  const s = parseAutoBackupName(name)!.stamp;
  return `${s.year}-${s.month}`;
};

describe('rotation (property)', () => {
  it('removes only ours; keeps the newest N and the newest of every month; a second pass removes nothing', () => {
    fc.assert(
      fc.property(ours, others, fc.integer({ min: 1, max: 40 }), (names, theirs, keep) => {
        const all = [...names, ...theirs];
        const { keep: kept, remove } = chooseKept(all, keep);
        const keptNames = kept.map((n) => n.name);
        for (const r of remove) expect(names).toContain(r.name);
        expect(kept.length + remove.length).toBe(names.filter((n) => parseAutoBackupName(n)).length);
        const newest = [...names].sort().reverse();
        expect(keptNames.slice(0, keep)).toEqual(newest.slice(0, keep));
        const months = new Set(names.map(month));
        for (const m of months) expect(keptNames.find((n) => month(n) === m)).toBe(newest.find((n) => month(n) === m));
        expect(kept.length).toBeLessThanOrEqual(keep + months.size);
        expect(chooseKept([...keptNames, ...theirs], keep).remove).toEqual([]);
      }),
    );
  });
});

describe('schedule (property)', () => {
  const time = fc.integer({ min: 0, max: 10 * 365 * DAY });
  it('a backup is never due later than a day after the last one', () => {
    fc.assert(
      fc.property(time, fc.option(time), fc.option(time), (last, since, change) => {
        expect(backupDueAt({ lastWrittenAt: last, changedSince: since, lastChangeAt: change })).toBeLessThanOrEqual(last + DAY);
      }),
    );
  });
  it('two reminders are never less than a day apart, and none comes without a change', () => {
    fc.assert(
      fc.property(fc.option(time), fc.option(time), time, (since, reminded, now) => {
        const remind = shouldRemind({ changedSince: since, lastRemindedAt: reminded }, now);
        if (since === null) expect(remind).toBe(false);
        if (remind && reminded !== null) expect(now - reminded).toBeGreaterThanOrEqual(DAY);
      }),
    );
  });
});
