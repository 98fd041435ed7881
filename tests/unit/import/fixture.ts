// The seed report, read from the shared fixtures beside the clone (CI checks it out there too).
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const FIXTURE_PATH = path.resolve(process.cwd(), '../shared/fixtures/seed-report-party-building.txt');

export function readFixture(): string {
  return readFileSync(FIXTURE_PATH, 'utf8');
}

/** The fixture's lines by 1-based number, as an editor shows them. */
export function fixtureLines(): string[] {
  return readFixture().split(/\r?\n/);
}
