// Hostile backup and pack files: arbitrary JSON, damaged copies of a real backup, truncated text.
// Reading never throws; a refused file gives a code (with every wrong field and its place) whose
// words say what is wrong and that nothing changed; restoring a refused file writes zero rows.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileErrorText } from '../../../components/backup/fileErrorText.ts';
import { problemText } from '../../../components/common/problemText.ts';
import { BACKUP_FILE_CODES, backupToJson, countLibrary, exportLibrary, exportPack, readLibraryFile, restoreBackup, restoreFromText, type BackupFile, type ReadResult } from '../../../lib/db/backup/index.ts';
import { freshDatabase } from '../support.ts';
import { dump, populate } from './library.ts';

let backup: BackupFile;
let backupJson: string;
let packJson: string;

beforeAll(async () => {
  const db = freshDatabase();
  await populate(db);
  backup = await exportLibrary(db, 5000);
  backupJson = backupToJson(backup);
  packJson = backupToJson(await exportPack(db, ''));
});

const TABLES = ['snippets', 'metrics', 'metricValues', 'tallyEntries', 'problemSets', 'snippetRevisions', 'settings', 'reports'] as const;
const FIELDS = ['id', 'title', 'body', 'role', 'folder', 'tags', 'name', 'kind', 'unit', 'metricId', 'period', 'value', 'date', 'amount', 'problemId', 'causeIds', 'snippetId', 'savedAt', 'updatedAt', 'createdAt', 'deletedAt', 'key', 'parts', 'heading', 'blocks', 'children', 'opening', 'signature', 'author', '__proto__', 'constructor'];
const hostileValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom('', ' ', '{{}}', 'a|b', '\n', -1, 1.5, 1e308, Number.MAX_SAFE_INTEGER + 2, null, true, [], {}, '2025-13', '2025-H3', 'x'.repeat(300)),
);

/** One change to a real backup: a field set to a hostile value, a row dropped or duplicated, a table replaced. */
const mutation = fc.oneof(
  fc.record({ op: fc.constant('set' as const), table: fc.constantFrom(...TABLES), index: fc.nat(40), field: fc.constantFrom(...FIELDS), value: hostileValue }),
  fc.record({ op: fc.constant('dup' as const), table: fc.constantFrom(...TABLES), index: fc.nat(40) }),
  fc.record({ op: fc.constant('table' as const), table: fc.constantFrom(...TABLES, 'format', 'version', 'exportedAt'), value: hostileValue }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(file: BackupFile, changes: Mutation[]): unknown {
  const copy = structuredClone(file) as unknown as Record<string, unknown>;
  for (const change of changes) {
    if (change.op === 'table') {
      copy[change.table] = change.value;
      continue;
    }
    const rows = copy[change.table];
    if (!Array.isArray(rows) || rows.length === 0) continue;
    const i = change.index % rows.length;
    if (change.op === 'dup') rows.push(structuredClone(rows[i]));
    else if (rows[i] && typeof rows[i] === 'object') Object.defineProperty(rows[i], change.field, { value: change.value, enumerable: true, configurable: true, writable: true });
  }
  return copy;
}

function explains(result: ReadResult): void {
  if (result.ok) return;
  const { error } = result;
  expect(BACKUP_FILE_CODES).toContain(error.code);
  const words = fileErrorText(error);
  expect(words).toMatch(/现有资料没有任何改动。$/);
  expect(words.length).toBeGreaterThan(15);
  if (error.path) expect(words).toContain(error.path);
  if (error.code !== 'backup.badField' && error.code !== 'backup.badFields') return;
  // Every wrong field has its place and words of its own; the first is the one named.
  expect(error.issues[0]!.path).toBe(error.path);
  for (const issue of error.issues) expect(problemText(issue)).not.toBe('');
}

const read = (text: string): ReadResult => {
  const result = readLibraryFile(text);
  explains(result);
  return result;
};

describe('backup fuzz: reading', () => {
  it('damaged copies of a real backup (4,000 cases)', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (changes) => {
        read(JSON.stringify(mutate(backup, changes)));
      }),
      { numRuns: 4000 },
    );
  }, 60_000);

  it('arbitrary JSON and arbitrary text (1,500 cases)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue().map((v) => JSON.stringify(v)), fc.string({ unit: 'binary' }), fc.record({ format: fc.constantFrom('report-drafter-backup', 'report-drafter-pack'), version: fc.jsonValue() }).map((v) => JSON.stringify(v))), (text) => {
        expect(read(text).ok).toBe(false);
      }),
      { numRuns: 1500 },
    );
  });

  it('truncated backups and packs (1,000 cases)', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.double({ min: 0, max: 1, noNaN: true }), (isPack, at) => {
        const text = isPack ? packJson : backupJson;
        const cut = Math.floor(text.length * at);
        if (cut < text.length - 1) expect(read(text.slice(0, cut)).ok).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('survives very deep nesting', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(read(deep).ok).toBe(false);
    const inSettings = JSON.stringify({ ...backup, settings: [{ key: 'x', value: 0 }] }).replace('"value":0', `"value":${'['.repeat(5000)}${']'.repeat(5000)}`);
    read(inSettings);
  });
});

describe('backup fuzz: restoring into a library', () => {
  it('a refused file writes zero rows, in merge and in replace (300 cases)', async () => {
    const db = freshDatabase();
    await populate(db);
    const original = await dump(db);
    const baseline = await countLibrary(db);
    const snapshot = await exportLibrary(db, 1);
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), fc.constantFrom('merge' as const, 'replace' as const), async (changes, mode) => {
        const result = await restoreFromText(db, JSON.stringify(mutate(backup, changes)), mode);
        if (result.ok) {
          await restoreBackup(db, snapshot, 'replace'); // back to the start for the next case
          return;
        }
        refused++;
        expect(await countLibrary(db)).toEqual(baseline);
      }),
      { numRuns: 300 },
    );
    expect(refused).toBeGreaterThan(100);
    expect(await dump(db)).toEqual(original);
  }, 60_000);
});
