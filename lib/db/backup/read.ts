// Reading a chosen backup or pack file: JSON, then the format's zod schema. Never throws; a bad
// file yields a message that says what is wrong and where, and nothing has been written.
import { z } from 'zod';
import { BACKUP_FORMAT, BACKUP_VERSION, BackupFile, issuePath, PACK_FORMAT, PACK_VERSION, PackFile } from './format.ts';

export type LibraryFile = { kind: 'backup'; file: BackupFile } | { kind: 'pack'; file: PackFile };

export interface LibraryFileError {
  /** For the writer: what is wrong, where, and that nothing was changed. */
  message: string;
  /** The first bad field, as in snippets[3].title; null when the file is not readable at all. */
  path: string | null;
}

export type ReadResult = { ok: true; value: LibraryFile } | { ok: false; error: LibraryFileError };

/** 300 MB of text: far above a real library, below what would exhaust the panel's memory. */
export const MAX_FILE_CHARS = 300_000_000;
const NOTHING_CHANGED = '现有资料没有任何改动。';
const zh = z.locales.zhCN().localeError;

const fail = (message: string, path: string | null = null): ReadResult => ({ ok: false, error: { message: `${message}${NOTHING_CHANGED}`, path } });

export function readLibraryFile(text: string): ReadResult {
  if (text.length > MAX_FILE_CHARS) return fail('文件太大，不像是写材料助手的备份。');
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail('这个文件不是写材料助手的备份（无法按 JSON 读取，可能已损坏或被改动）。');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return fail('这个文件不是写材料助手的备份或资料包。');
  const { format, version } = data as { format?: unknown; version?: unknown };
  const kind = format === BACKUP_FORMAT ? 'backup' : format === PACK_FORMAT ? 'pack' : null;
  if (!kind) return fail('这个文件不是写材料助手的备份或资料包（format 文件类型标记不对）。', 'format');
  const supported = kind === 'backup' ? BACKUP_VERSION : PACK_VERSION;
  if (typeof version === 'number' && Number.isInteger(version) && version > supported) {
    return fail(`这个文件来自更新版本的写材料助手（version：格式第 ${version} 版），请先更新本扩展再恢复。`, 'version');
  }
  let parsed: z.ZodSafeParseResult<BackupFile> | z.ZodSafeParseResult<PackFile>;
  try {
    parsed = kind === 'backup' ? BackupFile.safeParse(data, { error: zh }) : PackFile.safeParse(data, { error: zh });
  } catch {
    // A pathologically nested value can exhaust the stack while being checked.
    return fail('文件结构异常（嵌套过深），无法检查。');
  }
  if (!parsed.success) {
    const issues = parsed.error.issues;
    const first = issues[0]!;
    const path = issuePath(first.path);
    const more = issues.length > 1 ? `（另有 ${issues.length - 1} 处问题）` : '';
    return fail(`文件中有错误：${path}：${first.message}${more}。`, path);
  }
  return kind === 'backup' ? { ok: true, value: { kind, file: parsed.data as BackupFile } } : { ok: true, value: { kind, file: parsed.data as PackFile } };
}
