// Finds the system Chromium and the flags to run it with our extension loaded.
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
];

export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

export const NO_CHROMIUM_MESSAGE = [
  '没有找到 Chromium / Chrome。No Chromium or Chrome was found.',
  '  Debian/Ubuntu: sudo apt-get install -y chromium chromium-l10n fonts-wqy-microhei',
  '  或设置 CHROME_PATH 指向浏览器程序 / or set CHROME_PATH to the browser executable.',
].join('\n');

/**
 * Flags for a quiet browser with only our extension loaded (no network chatter of its own).
 * `lang` is the browser's UI language, which picks the extension's locale (zh-CN or en).
 */
export function extensionArgs(extensionDir, { headless = true, debugPort, lang = 'zh-CN' } = {}) {
  return [
    ...(headless ? ['--headless=new'] : []),
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    `--lang=${lang}`,
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    ...(debugPort ? [`--remote-debugging-port=${debugPort}`] : []),
  ];
}

/**
 * The environment to start the browser in for a UI language. Chromium on Linux ignores --lang and
 * takes its UI language from LANGUAGE / LC_ALL / LANG, and only for the languages whose locale
 * files are installed (Debian: the chromium-l10n package); elsewhere --lang does it.
 */
export function browserEnv(lang = 'zh-CN') {
  const env = { ...process.env, LANGUAGE: lang.replace('-', '_') };
  delete env.LC_ALL;
  delete env.LC_MESSAGES;
  return env;
}
