// The author profile (单位, 姓名, 职务): typed once, kept in settings so backups carry it, and
// taken by every report created from an outline (reports.ts).
import type { ReportAuthor } from '../domain/report/schema.ts';
import type { DrafterDatabase } from './database.ts';
import { readSetting, writeSetting } from './settings.ts';

export const EMPTY_AUTHOR: ReportAuthor = { unit: '', name: '', post: '' };

/** The profile as saved; every field empty until the writer fills it in. */
export async function readAuthorProfile(db: DrafterDatabase): Promise<ReportAuthor> {
  return (await readSetting(db, 'authorProfile')) ?? EMPTY_AUTHOR;
}

/**
 * Saves the profile, each field as one trimmed line. A field that does not fit (over 100
 * characters) throws the schema's ZodError and nothing is written.
 */
export async function writeAuthorProfile(db: DrafterDatabase, author: ReportAuthor): Promise<ReportAuthor> {
  const line = (text: string) => text.replace(/[\r\n]+/g, ' ').trim();
  const profile = { unit: line(author.unit), name: line(author.name), post: line(author.post) };
  await writeSetting(db, 'authorProfile', profile);
  return profile;
}
