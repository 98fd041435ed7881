// When the next automatic backup is due, and when to remind a user who has no automatic backup.
// Pure: the caller brings the time (a clock it was given), so tests drive days in milliseconds.

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export const BACKUP_TIMING = {
  /** Written this long after the last change, so a burst of edits makes one backup... */
  quiet: 2 * MINUTE,
  /** ...but never later than this after the first change not yet in a backup. */
  maxWait: 15 * MINUTE,
  /** And at least this often while the panel is in use, changes or not. */
  daily: DAY,
};

export interface BackupTimes {
  /** When a backup was last written to the folder; null: never (a folder just chosen). */
  lastWrittenAt: number | null;
  /** The first change not yet in a backup; null: none. */
  changedSince: number | null;
  /** The latest change; null: none since the panel opened. */
  lastChangeAt: number | null;
}

/** The moment the next backup is due (now or earlier: at once). */
export function backupDueAt(times: BackupTimes, timing = BACKUP_TIMING): number {
  if (times.lastWrittenAt === null) return Number.NEGATIVE_INFINITY;
  let due = times.lastWrittenAt + timing.daily;
  if (times.changedSince !== null) {
    const settled = (times.lastChangeAt ?? times.changedSince) + timing.quiet;
    due = Math.min(due, settled, times.changedSince + timing.maxWait);
  }
  return due;
}

export const REMINDER_TIMING = {
  /** A reminder comes once changes have gone this long without any backup... */
  after: 7 * DAY,
  /** ...and never again sooner than this after the last one. */
  every: DAY,
};

export interface ReminderTimes {
  changedSince: number | null;
  lastRemindedAt: number | null;
}

export function shouldRemind(times: ReminderTimes, now: number, timing = REMINDER_TIMING): boolean {
  if (times.changedSince === null || now - times.changedSince < timing.after) return false;
  return times.lastRemindedAt === null || now - times.lastRemindedAt >= timing.every;
}
