// Test inputs that live in the repository (tests/fixtures/, see its README): a fresh clone has
// nothing beside it, so every test reads its fixtures through here.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures');

/** The absolute path of a fixture, e.g. for a file input. */
export function fixturePath(name: string): string {
  return resolve(FIXTURES_DIR, name);
}

/** A fixture's bytes. */
export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(fixturePath(name)));
}

/** A fixture's text, as UTF-8. */
export function fixtureText(name: string): string {
  return readFileSync(fixturePath(name), 'utf8');
}

export const SEED_REPORT = 'seed-report-party-building.txt';
