// The name of an automatic backup file: when it was written (local time, to the second, so names
// sort in time order and never collide at the debounced pace of writes) and the file format's
// version, so a person looking into the folder sees which is which, and a newer panel can tell.
// 写材料助手自动备份-2026-12-06-213005-v2.json; while being written and checked it carries `.tmp`.

export const AUTO_BACKUP_PREFIX = '写材料助手自动备份';
const TEMP_SUFFIX = '.tmp';

/** A moment as written in a name: local calendar fields. */
export interface BackupStamp {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export interface AutoBackupName {
  name: string;
  stamp: BackupStamp;
  version: number;
}

export function stampOf(date: Date): BackupStamp {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate(), hour: date.getHours(), minute: date.getMinutes(), second: date.getSeconds() };
}

/** The moment a stamp names, in local time. */
export function timeOfStamp(stamp: BackupStamp): number {
  return new Date(stamp.year, stamp.month - 1, stamp.day, stamp.hour, stamp.minute, stamp.second).getTime();
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function autoBackupName(stamp: BackupStamp, version: number): string {
  const { year, month, day, hour, minute, second } = stamp;
  return `${AUTO_BACKUP_PREFIX}-${pad(year, 4)}-${pad(month)}-${pad(day)}-${pad(hour)}${pad(minute)}${pad(second)}-v${version}.json`;
}

/** The name a backup is written under before it has been read back and checked. */
export function tempNameOf(name: string): string {
  return `${name}${TEMP_SUFFIX}`;
}

export function isAutoBackupTemp(name: string): boolean {
  return name.endsWith(TEMP_SUFFIX) && parseAutoBackupName(name.slice(0, -TEMP_SUFFIX.length)) !== null;
}

const NAME = new RegExp(`^${AUTO_BACKUP_PREFIX}-(\\d{4})-(\\d{2})-(\\d{2})-(\\d{2})(\\d{2})(\\d{2})-v(\\d{1,4})\\.json$`);

/** One of ours, or null: a file the user put in the folder is never read as a backup of ours. */
export function parseAutoBackupName(name: string): AutoBackupName | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const [year, month, day, hour, minute, second, version] = m.slice(1).map(Number) as [number, number, number, number, number, number, number];
  const stamp = { year, month, day, hour, minute, second };
  // A real calendar moment only: 2026-02-30 is no backup of ours.
  const back = stampOf(new Date(timeOfStamp(stamp)));
  if (month < 1 || month > 12 || back.day !== day || back.month !== month || hour > 23 || minute > 59 || second > 59) return null;
  return { name, stamp, version };
}

/** Sorts newest first; names of the same second (not written by us) by name. */
export function compareNewestFirst(a: AutoBackupName, b: AutoBackupName): number {
  const key = (n: AutoBackupName) => autoBackupName(n.stamp, 0);
  return key(a) < key(b) ? 1 : key(a) > key(b) ? -1 : a.name < b.name ? 1 : a.name > b.name ? -1 : 0;
}
