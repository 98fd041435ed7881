// The declared minimum browser is the real one: every extension API, script feature and style
// feature the code uses is looked up in a table of the Chrome versions that introduced it. A use
// the table does not know fails (add it, with its version); a feature newer than the declared
// minimum must have a fallback, and the file named for it must test for the feature first.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MINIMUM_CHROME } from '../../../wxt.config.ts';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '../../..');

interface Feature {
  /** The first Chrome that has it (chromestatus.com, developer.chrome.com/docs/extensions/reference). */
  chrome: number;
  /** Newer than the minimum: where the code checks for it, and the check it makes. */
  fallback?: { file: string; check: string };
}

const MV3 = 88; // every Manifest V3 API below came with MV3 itself

/** Extension APIs, by namespace.member as written after `browser.`. */
const APIS: Record<string, Feature> = {
  'action.onClicked': { chrome: MV3 },
  'contextMenus.create': { chrome: MV3 },
  'contextMenus.removeAll': { chrome: MV3 },
  'contextMenus.onClicked': { chrome: MV3 },
  'runtime.id': { chrome: MV3 },
  'runtime.onMessage': { chrome: MV3 },
  'runtime.getURL': { chrome: MV3 },
  'scripting.executeScript': { chrome: MV3 },
  'storage.local': { chrome: MV3 },
  'storage.session': { chrome: 102 },
  'tabs.getCurrent': { chrome: MV3 },
  'tabs.onRemoved': { chrome: MV3 },
  'tabs.query': { chrome: MV3 },
  'tabs.sendMessage': { chrome: MV3 },
  'windows.create': { chrome: MV3 },
  'windows.get': { chrome: MV3 },
  'windows.getLastFocused': { chrome: MV3 },
  'windows.onBoundsChanged': { chrome: 86 },
  'windows.update': { chrome: MV3 },
  // 单位共享: the one WebDAV server's origin, asked at runtime (optional_host_permissions, MV3).
  'permissions.request': { chrome: MV3 },
  'permissions.contains': { chrome: MV3 },
  'permissions.remove': { chrome: MV3 },
  'sidePanel.setPanelBehavior': { chrome: 114, fallback: { file: 'entrypoints/background/index.ts', check: 'else if (browser.sidePanel)' } },
};

/** Script features that are not a `browser.` call, found by a pattern in the source. */
const SCRIPT_FEATURES: Record<string, Feature & { pattern: RegExp }> = {
  'scripting.executeScript world MAIN': { chrome: 95, pattern: /world: 'MAIN'/ },
  // A document id is only ever one the browser gave (MessageSender.documentId, 106); before 106
  // there is none, and frames are addressed by frameId.
  'executeScript target.documentIds': { chrome: 106, pattern: /documentIds:/, fallback: { file: 'lib/panel/insertFromPanel.ts', check: 'documentId ? { tabId, documentIds: [documentId] } : { tabId, frameIds: [frameId] }' } },
  'Scheduler.postTask': { chrome: 94, pattern: /\.postTask\(/, fallback: { file: 'components/hooks/background.ts', check: 'if (scheduler?.postTask)' } },
  // Automatic backups (lib/db/backup/): the folder chooser and its handle's permission calls; the
  // rename is newer and optional (the final name is written after the check without it).
  'File System Access showDirectoryPicker': { chrome: 86, pattern: /showDirectoryPicker/, fallback: { file: 'components/backup/pickFolder.ts', check: "typeof picker() === 'function'" } },
  'FileSystemHandle permissions': { chrome: 86, pattern: /\.(query|request)Permission\(/ },
  'FileSystemFileHandle.move': { chrome: 110, pattern: /\.move\(/, fallback: { file: 'lib/db/backup/folder.ts', check: 'if (file.move)' } },
  'Web Locks': { chrome: 69, pattern: /locks\.request\(/ },
  // 单位共享's requests give up after a while (lib/team/webdav.ts).
  'AbortSignal.timeout': { chrome: 103, pattern: /AbortSignal\.timeout\(/ },
};

/** Style features, found by a pattern in the style sheets. */
const STYLE_FEATURES: Record<string, Feature & { pattern: RegExp }> = {
  ':has()': { chrome: 105, pattern: /:has\(/ },
  ':is()': { chrome: 88, pattern: /:is\(/ },
  'inset': { chrome: 87, pattern: /\binset:/ },
  'flex gap': { chrome: 84, pattern: /\bgap:/ },
  'container queries': { chrome: 105, pattern: /@container/ },
  'color-mix()': { chrome: 111, pattern: /color-mix\(/ },
  'nesting': { chrome: 112, pattern: /^\s*&/m },
};

function walk(dir: string, keep: (name: string) => boolean, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, keep, out);
    else if (keep(name)) out.push(path);
  }
  return out;
}

const code = ['lib', 'entrypoints', 'components'].flatMap((d) => walk(join(ROOT, d), (n) => /\.tsx?$/.test(n))).map((f) => ({ file: relative(ROOT, f), text: readFileSync(f, 'utf8') }));
const styles = ['entrypoints', 'components'].flatMap((d) => walk(join(ROOT, d), (n) => n.endsWith('.css'))).map((f) => ({ file: relative(ROOT, f), text: readFileSync(f, 'utf8') }));

/** Every feature the code uses, with where. */
function used(): { name: string; feature: Feature | undefined; file: string }[] {
  const found: { name: string; feature: Feature | undefined; file: string }[] = [];
  for (const { file, text } of code) {
    for (const [, name] of text.matchAll(/\bbrowser\.([a-zA-Z]+\.[a-zA-Z]+)/g)) found.push({ name: name!, feature: APIS[name!], file });
    for (const [name, feature] of Object.entries(SCRIPT_FEATURES)) if (feature.pattern.test(text)) found.push({ name, feature, file });
  }
  for (const { file, text } of styles) {
    for (const [name, feature] of Object.entries(STYLE_FEATURES)) if (feature.pattern.test(text)) found.push({ name, feature, file });
  }
  return found;
}

describe('the declared minimum Chrome', () => {
  const uses = used();

  it('finds the uses it is about (the scan works)', () => {
    expect(uses.map((u) => u.name)).toEqual(expect.arrayContaining(['storage.session', 'scripting.executeScript', ':has()']));
  });

  it('knows every extension API the code calls', () => {
    expect(uses.filter((u) => !u.feature).map((u) => `${u.name} in ${u.file}`)).toEqual([]);
  });

  it('is the newest version among what the code uses without a fallback', () => {
    const needed = uses.filter((u) => u.feature && !u.feature.fallback);
    const newest = Math.max(...needed.map((u) => u.feature!.chrome));
    expect({ declared: MINIMUM_CHROME, newest, by: [...new Set(needed.filter((u) => u.feature!.chrome === newest).map((u) => u.name))] }).toMatchObject({ declared: newest });
  });

  it('checks for each newer feature before using it, where the table says', () => {
    const newer = uses.filter((u) => u.feature?.fallback);
    expect(newer.length).toBeGreaterThan(0);
    for (const { feature } of newer) {
      const { file, check } = feature!.fallback!;
      expect(readFileSync(join(ROOT, file), 'utf8'), `${file} should check before use`).toContain(check);
    }
  });

  it('goes into the manifest', () => {
    expect(readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8')).toContain('minimum_chrome_version: String(MINIMUM_CHROME)');
  });
});
