import { describe, expect, it } from 'vitest';
import { autoBackupName, isAutoBackupTemp, parseAutoBackupName, stampOf, tempNameOf, timeOfStamp } from '../../../lib/domain/backup/name.ts';
import { chooseKept } from '../../../lib/domain/backup/rotation.ts';
import { backupDueAt, DAY, HOUR, MINUTE, shouldRemind } from '../../../lib/domain/backup/schedule.ts';

const at = (y: number, mo: number, d: number, h = 9, mi = 0, s = 0) => autoBackupName({ year: y, month: mo, day: d, hour: h, minute: mi, second: s }, 2);

describe('automatic backup names', () => {
  it('name the local moment and the format version', () => {
    expect(autoBackupName(stampOf(new Date(2026, 11, 6, 21, 30, 5)), 2)).toBe('写材料助手自动备份-2026-12-06-213005-v2.json');
    expect(parseAutoBackupName('写材料助手自动备份-2026-12-06-213005-v2.json')).toMatchObject({ stamp: { year: 2026, month: 12, day: 6, hour: 21, minute: 30, second: 5 }, version: 2 });
  });

  it('refuse anything not ours, an impossible date, and the temporary name', () => {
    for (const name of ['写材料助手备份-2026-12-06.json', '写材料助手自动备份-2026-02-30-090000-v2.json', '写材料助手自动备份-2026-12-06-246000-v2.json', '我的文件.json', tempNameOf(at(2026, 1, 1))]) {
      expect(parseAutoBackupName(name), name).toBeNull();
    }
    expect(isAutoBackupTemp(tempNameOf(at(2026, 1, 1)))).toBe(true);
    expect(isAutoBackupTemp('别人的.json.tmp')).toBe(false);
  });

  it('round-trip a moment to the second', () => {
    const when = new Date(2027, 0, 31, 23, 59, 59).getTime();
    expect(timeOfStamp(parseAutoBackupName(autoBackupName(stampOf(new Date(when)), 2))!.stamp)).toBe(when);
  });
});

describe('rotation', () => {
  it('keeps the newest 30 and the newest of each older month, and never touches other files', () => {
    const december = Array.from({ length: 32 }, (_, i) => at(2026, 12, 1 + (i % 28), 8 + Math.floor(i / 28)));
    const older = [at(2026, 11, 3), at(2026, 11, 20), at(2026, 10, 1), at(2026, 10, 31, 22)];
    const names = [...december, ...older, '我的文件.json', '写材料助手备份-2026-12-06.json'];
    const { keep, remove } = chooseKept(names);
    expect(keep).toHaveLength(32);
    expect(keep.map((n) => n.name)).toEqual(expect.arrayContaining([at(2026, 11, 20), at(2026, 10, 31, 22)]));
    expect(remove.map((n) => n.name).sort()).toEqual([at(2026, 10, 1), at(2026, 11, 3), at(2026, 12, 1, 8), at(2026, 12, 1, 9)].sort());
  });
});

describe('schedule', () => {
  const t0 = new Date(2026, 11, 6, 9).getTime();
  it('writes at once for a folder just chosen', () => {
    expect(backupDueAt({ lastWrittenAt: null, changedSince: null, lastChangeAt: null })).toBeLessThan(t0);
  });
  it('waits for the changes to settle, but not forever, and writes daily anyway', () => {
    expect(backupDueAt({ lastWrittenAt: t0, changedSince: null, lastChangeAt: null })).toBe(t0 + DAY);
    expect(backupDueAt({ lastWrittenAt: t0, changedSince: t0 + HOUR, lastChangeAt: t0 + HOUR })).toBe(t0 + HOUR + 2 * MINUTE);
    expect(backupDueAt({ lastWrittenAt: t0, changedSince: t0 + HOUR, lastChangeAt: t0 + HOUR + 14 * MINUTE })).toBe(t0 + HOUR + 15 * MINUTE);
  });
  it('reminds after a week of changes without a backup, at most once a day', () => {
    expect(shouldRemind({ changedSince: null, lastRemindedAt: null }, t0)).toBe(false);
    expect(shouldRemind({ changedSince: t0, lastRemindedAt: null }, t0 + 7 * DAY - 1)).toBe(false);
    expect(shouldRemind({ changedSince: t0, lastRemindedAt: null }, t0 + 7 * DAY)).toBe(true);
    expect(shouldRemind({ changedSince: t0, lastRemindedAt: t0 + 7 * DAY }, t0 + 8 * DAY - 1)).toBe(false);
    expect(shouldRemind({ changedSince: t0, lastRemindedAt: t0 + 7 * DAY }, t0 + 8 * DAY)).toBe(true);
  });
});
