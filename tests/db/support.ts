// Each test gets its own fresh database on fake-indexeddb.
import { DrafterDatabase } from '../../lib/db/database.ts';

let counter = 0;
export function freshDatabase(): DrafterDatabase {
  return new DrafterDatabase(`test-${Date.now()}-${counter++}`);
}
