// lib hands the panel codes and data; words for the user live in locales/ (lib/domain/problem.ts).
// Outside lib/domain — whose document text (the sample library, 公文 wording, numerals) goes into
// reports, not onto the screen — no string in lib may hold Chinese. Strings that are data, not words
// for the user (a font's name written into the .docx), are listed here with the reason, so each one
// is a decision someone made.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '../../..');
const HAN = /[\u3400-\u9fff]/;

/** file → why its Chinese strings are not words for the user. */
const NOT_WORDS: Record<string, string> = {
  'lib/export/fonts.ts': 'the names of fonts, written into the .docx as Chinese Word names them',
};

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (/\.tsx?$/.test(name)) out.push(path);
  }
  return out;
}

/** Every string or template literal (and regular expression) in the file that holds Chinese. */
function chineseStrings(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node) || ts.isRegularExpressionLiteral(node)) {
      const text = node.getText(source);
      if (HAN.test(text)) found.push(`${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}: ${text.slice(0, 60)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('no words for the user are built in lib', () => {
  const files = walk(join(ROOT, 'lib')).filter((f) => !relative(ROOT, f).startsWith('lib/domain/'));

  it('scans the lib files outside the domain', () => {
    expect(files.length).toBeGreaterThan(40);
  });

  it('no string outside lib/domain holds Chinese', () => {
    const offenders = files
      .filter((f) => !(relative(ROOT, f) in NOT_WORDS))
      .flatMap((f) => chineseStrings(f).map((s) => `${relative(ROOT, f)}:${s}`));
    expect(offenders).toEqual([]);
  });

  it('lists only files that exist', () => {
    const known = new Set(files.map((f) => relative(ROOT, f)));
    expect(Object.keys(NOT_WORDS).filter((f) => !known.has(f))).toEqual([]);
  });

  it('the finder sees strings, templates and patterns, not comments', () => {
    const probe = join(ROOT, 'tests/unit/repository/fixtures/chineseStrings.ts.txt');
    expect([...new Set(chineseStrings(probe).map((s) => s.split(': ')[0]))]).toEqual(['3', '4', '5', '6']);
  });
});
