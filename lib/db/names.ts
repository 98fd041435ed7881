// The database's name, apart from Dexie, for the panel's first-screen read (firstScreen.ts) that
// runs before Dexie has even loaded.
export const DATABASE_NAME = 'report-drafter';
