// lib/export is a layer of its own: it may use lib/domain and the docx package, nothing above it
// and no DOM; lib/domain may not use it. Checked with the project's own ESLint config and a
// compile of lib/export/tsconfig.json, and each check is shown to catch what it should.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '../../..');
const eslint = new ESLint({ cwd: ROOT });

async function importErrors(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: join(ROOT, file) });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the lib/export layer', () => {
  it('may import lib/domain and docx', async () => {
    expect(await importErrors('lib/export/x.ts', "import { Document } from 'docx';\nimport { renderReport } from '../domain/report/index.ts';\nexport { Document, renderReport };\n")).toEqual([]);
  });

  it('may not import the database, the panel, components or React', async () => {
    for (const source of ["import Dexie from 'dexie';", "import { db } from '../db/database.ts';", "import { insert } from '../panel/insertFromPanel.ts';", "import { useState } from 'react';", "import { X } from '../../components/app/App.tsx';"]) {
      expect(await importErrors('lib/export/x.ts', `${source}\nexport {};\n`), source).toHaveLength(1);
    }
  });

  it('is out of lib/domain’s reach', async () => {
    expect(await importErrors('lib/domain/report/x.ts', "import { reportDocx } from '../../export/reportDocx.ts';\nexport { reportDocx };\n")).toHaveLength(1);
  });

  const compile = (extra?: { name: string; text: string }) => {
    const configPath = join(ROOT, 'lib/export/tsconfig.json');
    const { config } = ts.readConfigFile(configPath, (p) => readFileSync(p, 'utf8'));
    const parsed = ts.parseJsonConfigFileContent(config, ts.sys, dirname(configPath));
    const host = ts.createCompilerHost(parsed.options);
    const files = extra ? [...parsed.fileNames, extra.name] : parsed.fileNames;
    if (extra) {
      const read = host.getSourceFile.bind(host);
      host.getSourceFile = (name, version, ...rest) => (name === extra.name ? ts.createSourceFile(name, extra.text, version) : read(name, version, ...rest));
    }
    const program = ts.createProgram(files, parsed.options, host);
    return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  };

  it('compiles without the DOM, and a use of the DOM there would not compile', () => {
    expect(compile()).toEqual([]);
    const stray = compile({ name: join(ROOT, 'lib/export/__stray.ts'), text: 'export const title = document.title;\n' });
    expect(stray.some((m) => m.includes("Cannot find name 'document'"))).toBe(true);
  }, 120_000);
});
