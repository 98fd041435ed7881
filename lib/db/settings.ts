// Small key/value settings kept in the database so that backups carry them.
import { z } from 'zod';
import { PackHeader } from '../domain/pack/header.ts';
import { ReportAuthor } from '../domain/report/schema.ts';
import { PeriodKey } from '../domain/schemas.ts';
import type { DrafterDatabase } from './database.ts';

const SETTINGS = {
  /** The report's period: slots render this period's values. */
  currentPeriod: PeriodKey,
  /** Set once the sample library has been offered, so deleting it does not bring it back. */
  sampleLibrarySeeded: z.boolean(),
  /** Insert as <p> paragraphs (rich) or as text with line breaks (plain); chosen at each insert. */
  insertFormat: z.enum(['rich', 'plain']),
  /** 首行缩进 at each insert (lib/domain/indent.ts); on until the user turns it off (insertIndent). */
  insertIndent: z.boolean(),
  /** The user's own order of the library (snippet ids), set by dragging. */
  snippetOrder: z.array(z.string().min(1)).max(200_000),
  /** The panel's type size (字号), chosen by the user: every size in the panel follows it. */
  fontSize: z.enum(['standard', 'large', 'xlarge']),
  /** Set once the user has closed the first-run guide (帮助 opens it again). */
  guideClosed: z.boolean(),
  /** The writer's 单位, 姓名 and 职务, kept once: a new report takes them (author.ts). */
  authorProfile: ReportAuthor,
  /** The word last picked for each choice of a snippet (snippet id → choice → word), so the fill
   * form starts from it next time (fillIns.ts). */
  lastChoices: z.record(z.string(), z.record(z.string(), z.string())),
  /** The id of the word list the panel's 「我的词表」 edits (wordLists.ts); lists from packs sit beside it. */
  ownWordList: z.string().min(1),
  /** The packs this library publishes (folder → the pack's id and name), so each new version of a
   * folder's pack keeps the id a colleague's panel knows it by (backup/pack.ts). */
  publishedPacks: z.record(z.string(), z.object({ id: z.string().min(1).max(100), name: z.string().min(1).max(200) })),
  /** The packs taken here (pack id → its header as last taken): who publishes each, and when it last
   * changed, for the snippet view and the next import's preview (backup/packImport.ts). */
  takenPacks: z.record(z.string(), PackHeader),
} as const;

/** The panel's type size, as stored. */
export type FontSize = z.infer<typeof SETTINGS.fontSize>;
export type SettingKey = keyof typeof SETTINGS;
export type SettingValue<K extends SettingKey> = z.infer<(typeof SETTINGS)[K]>;

export async function readSetting<K extends SettingKey>(db: DrafterDatabase, key: K): Promise<SettingValue<K> | undefined> {
  const row = await db.settings.get(key);
  const parsed = SETTINGS[key].safeParse(row?.value);
  return parsed.success ? (parsed.data as SettingValue<K>) : undefined;
}

export async function writeSetting<K extends SettingKey>(db: DrafterDatabase, key: K, value: SettingValue<K>): Promise<void> {
  await db.settings.put({ key, value: SETTINGS[key].parse(value) });
}

/** The default report period: last year until the end of March (述职 season), else this year. */
export function defaultPeriod(now: Date = new Date()): string {
  return String(now.getMonth() < 3 ? now.getFullYear() - 1 : now.getFullYear());
}

/** 首行缩进 is on by default: a 公文's body paragraphs are all indented (GB/T 9704). */
/** 保留段落 (rich) unless the user chose 纯文本: the panel and the context menu insert alike. */
export async function insertFormat(db: DrafterDatabase): Promise<'rich' | 'plain'> {
  return (await readSetting(db, 'insertFormat')) ?? 'rich';
}

export async function insertIndent(db: DrafterDatabase): Promise<boolean> {
  return (await readSetting(db, 'insertIndent')) ?? true;
}

export async function currentPeriod(db: DrafterDatabase): Promise<string> {
  return (await readSetting(db, 'currentPeriod')) ?? defaultPeriod();
}
