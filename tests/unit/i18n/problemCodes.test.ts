// Every code lib can hand the panel (lib/domain/problem.ts) has words in zh-CN and in en, with the
// placeholders the code's params fill. Each module that makes Problems exports the list of its codes;
// add that list here when a new module starts to make them.
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseMessagesFile } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';
import { REPORT_EDIT_CODES } from '../../../lib/domain/report/edit.ts';
import { REPORT_SCHEMA_CODES } from '../../../lib/domain/report/schema.ts';
import { IMPORT_PROBLEM_CODES } from '../../../lib/import-files/problems.ts';
import { INSERT_OUTCOME_CODES } from '../../../components/common/insertOutcomeText.ts';
import { INSERT_PROBLEM_CODES } from '../../../lib/messaging/protocol.ts';
import { BACKUP_CHECK_CODES } from '../../../lib/db/backup/format.ts';
import { BACKUP_FILE_CODES } from '../../../lib/db/backup/read.ts';
import { AUTO_BACKUP_CODES } from '../../../lib/db/backup/folder.ts';
import { DB_CODES } from '../../../lib/db/problems.ts';
import { SCHEMA_CODES } from '../../../lib/domain/schemaProblems.ts';
import { CHECK_PROBLEM_CODES } from '../../../lib/domain/metrics/index.ts';
import { TEMPLATE_PROBLEM_CODES } from '../../../lib/domain/template/index.ts';
import { TEAM_CODES } from '../../../lib/team/webdav.ts';
import { TEAM_ADDRESS_CODES } from '../../../lib/team/server.ts';

const dir = join(dirname(fileURLToPath(import.meta.url)), '../../../locales');

/** module → its codes. */
const CODE_LISTS: Record<string, readonly string[]> = {
  'lib/domain/report/edit.ts': REPORT_EDIT_CODES,
  'lib/domain/report/schema.ts': REPORT_SCHEMA_CODES,
  'lib/import-files/problems.ts': IMPORT_PROBLEM_CODES,
  'lib/messaging/protocol.ts': INSERT_PROBLEM_CODES,
  'components/common/insertOutcomeText.ts': INSERT_OUTCOME_CODES,
  'lib/domain/schemaProblems.ts': SCHEMA_CODES,
  'lib/db/backup/read.ts': BACKUP_FILE_CODES,
  'lib/db/backup/format.ts': BACKUP_CHECK_CODES,
  'lib/db/backup/folder.ts': AUTO_BACKUP_CODES,
  'lib/db/problems.ts': DB_CODES,
  'lib/team/webdav.ts': TEAM_CODES,
  'lib/team/server.ts': TEAM_ADDRESS_CODES,
  'lib/domain/template': TEMPLATE_PROBLEM_CODES,
  'lib/domain/metrics': CHECK_PROBLEM_CODES,
};

async function problemKeys(file: string): Promise<Map<string, string>> {
  const messages = await parseMessagesFile(join(dir, file));
  const out = new Map<string, string>();
  for (const m of messages) {
    if (m.key[0] !== 'problem') continue;
    const text = m.type === 'plural' ? Object.values(m.plurals as Record<string, string>).join(' | ') : m.message;
    out.set(m.key.slice(1).join('.'), text);
  }
  return out;
}

describe('problem codes', () => {
  it('every code a module can hand the panel has words in both languages', async () => {
    const [zh, en] = await Promise.all([problemKeys('zh-CN.yml'), problemKeys('en.yml')]);
    const missing: string[] = [];
    for (const [module, codes] of Object.entries(CODE_LISTS)) {
      for (const code of codes) {
        if (!zh.has(code)) missing.push(`${module}: ${code} (zh-CN)`);
        if (!en.has(code)) missing.push(`${module}: ${code} (en)`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('no English words for a problem hold Chinese', async () => {
    const en = await problemKeys('en.yml');
    const chinese = [...en].filter(([, text]) => /[\u4e00-\u9fff]/.test(text)).map(([code]) => code);
    expect(chinese).toEqual([]);
  });

  it('no code is listed by two modules (a code means one thing)', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const [module, codes] of Object.entries(CODE_LISTS)) {
      for (const code of codes) {
        if (seen.has(code)) twice.push(`${code}: ${seen.get(code)} and ${module}`);
        seen.set(code, module);
      }
    }
    expect(twice).toEqual([]);
  });
});
