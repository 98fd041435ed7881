// `#i18n` for tests in node (vitest aliases it here, and runs this first as a setup file): the real
// @wxt-dev/i18n, reading the default locale (zh-CN) through a browser.i18n.getMessage that works
// like the browser's on the messages.json the build writes.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';
import type { GeneratedI18nStructure } from '#i18n';

const source = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../locales/zh-CN.yml'), 'utf8');
const messages = new Map(Object.entries(generateChromeMessages(parseMessagesText(source, 'YAML'))).map(([name, { message }]) => [name.toLowerCase(), message]));

/** chrome.i18n.getMessage: names are case-insensitive, $1…$9 are substituted and $$ is a dollar sign. */
function getMessage(name: string, substitutions?: string | string[]): string {
  const message = messages.get(name.toLowerCase());
  if (message === undefined) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return message.replace(/\$(\$|[1-9])/g, (_, which: string) => (which === '$' ? '$' : (subs[Number(which) - 1] ?? '')));
}

const host = globalThis as { chrome?: { i18n?: unknown } };
host.chrome ??= {};
host.chrome.i18n ??= { getMessage, getUILanguage: () => 'zh-CN' };

// Imported only now: @wxt-dev/browser picks up globalThis.chrome when it is first evaluated.
const { createI18n } = await import('@wxt-dev/i18n');
export const i18n = createI18n<GeneratedI18nStructure>();
export type { GeneratedI18nStructure };
