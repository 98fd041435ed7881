// Schema versions. v1 is the first: this checks the stores and indexes it promises. Each later
// version adds a test here that writes data with the old schema and opens it with the new one.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DrafterDatabase } from '../../lib/db/database.ts';

describe('schema v1 (2026-11-26)', () => {
  it('creates the stores with their indexes', async () => {
    const name = `schema-v1-${Date.now()}`;
    const db = new DrafterDatabase(name);
    await db.open();
    expect(db.verno).toBe(1);
    const raw = await new Dexie(name).open();
    const stores = Object.fromEntries(raw.tables.map((t) => [t.name, [t.schema.primKey.src, ...t.schema.indexes.map((i) => i.src).sort()]]));
    expect(stores).toEqual({
      snippets: ['id', '*tags', 'deletedAt', 'folder', 'role', 'updatedAt'],
      metrics: ['id', '&name'],
      metricValues: ['[metricId+period]', 'metricId', 'period'],
      tallyEntries: ['id', 'date', 'metricId'],
      settings: ['key'],
    });
    raw.close();
    db.close();
  });
});
