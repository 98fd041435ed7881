// The README's editor table is the harness's list (tests/e2e/editors/editors.ts), whose every
// row the real-browser suite checks, route included. To rewrite the README block after changing
// the list: UPDATE_EDITORS_TABLE=1 npx vitest run tests/unit/insertion/editorsTable.test.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { renderEditorsTable } from '../../e2e/editors/editors.ts';

const BEGIN = '<!-- editors:begin -->';
const END = '<!-- editors:end -->';

it("the README's editor table matches the harness", () => {
  const readme = readFileSync('README.md', 'utf8');
  const start = readme.indexOf(BEGIN);
  const end = readme.indexOf(END);
  expect(start).toBeGreaterThan(-1);
  expect(end).toBeGreaterThan(start);
  const expected = `\n${renderEditorsTable()}\n`;
  if (process.env.UPDATE_EDITORS_TABLE === '1') {
    writeFileSync('README.md', readme.slice(0, start + BEGIN.length) + expected + readme.slice(end));
    return;
  }
  expect(readme.slice(start + BEGIN.length, end)).toBe(expected);
});
