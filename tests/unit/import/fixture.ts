// The seed report, read from the repository's own fixtures (tests/fixtures/).
import { fixturePath, fixtureText, SEED_REPORT } from '../../support/fixtures.ts';

export const FIXTURE_PATH = fixturePath(SEED_REPORT);

export function readFixture(): string {
  return fixtureText(SEED_REPORT);
}

/** The fixture's lines by 1-based number, as an editor shows them. */
export function fixtureLines(): string[] {
  return readFixture().split(/\r?\n/);
}
