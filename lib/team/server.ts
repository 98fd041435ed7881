// The WebDAV server a team shares its library pack on: the address, folder and account the user
// typed, checked with zod, and the one file address every request goes to. Requests go to that
// server's origin only, and only after the user granted it (permission.ts).
import { z } from 'zod';

/** The pack's file name in the folder: plain ASCII, so no server mangles it. */
export const PACK_FILE_NAME = 'report-drafter-pack.json';

export const TeamServer = z.object({
  /** As typed: https://pan.example.gov.cn/dav/ */
  url: z.string().max(500),
  /** A folder under it, as typed ('' for the address itself): 办公室/规范表述 */
  folder: z.string().max(200),
  user: z.string().max(200),
  password: z.string().max(500),
});
export type TeamServer = z.infer<typeof TeamServer>;

/** Why an address cannot be used (words: problem.<code> in locales/). */
export const TEAM_ADDRESS_CODES = ['team.badAddress', 'team.addressNotWeb', 'team.addressHasAccount'] as const;
export type TeamAddressCode = (typeof TEAM_ADDRESS_CODES)[number];

export type AddressResult = { ok: true; base: URL; folder: string[] } | { ok: false; code: TeamAddressCode };

export function parseAddress(server: Pick<TeamServer, 'url' | 'folder'>): AddressResult {
  let base: URL;
  try {
    base = new URL(server.url.trim());
  } catch {
    return { ok: false, code: 'team.badAddress' };
  }
  if (base.protocol !== 'https:' && base.protocol !== 'http:') return { ok: false, code: 'team.addressNotWeb' };
  // The account goes in its own boxes: an address carrying one would end up in logs and history.
  if (base.username || base.password) return { ok: false, code: 'team.addressHasAccount' };
  base.search = '';
  base.hash = '';
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  const folder = server.folder
    .split(/[/\\]/)
    .map((part) => part.trim())
    .filter((part) => part !== '' && part !== '.' && part !== '..');
  return { ok: true, base, folder };
}

/** The folder's addresses from the top down (to create what is missing), then the pack's. */
export function serverAddresses(base: URL, folder: readonly string[]): { folders: string[]; pack: string } {
  const folders: string[] = [];
  let path = base.href;
  for (const part of folder) {
    path += `${encodeURIComponent(part)}/`;
    folders.push(path);
  }
  return { folders, pack: `${path}${PACK_FILE_NAME}` };
}

/** The origin pattern the host permission is asked for: that server, nothing else. */
export const originPattern = (base: URL): string => `${base.origin}/*`;

/**
 * An address on this computer or a private network (10/8, 172.16/12, 192.168/16, loopback, a name
 * without a dot, .local/.lan/.internal): plain http there is what most office intranets have, so it
 * is allowed; anywhere else the panel warns that the password would travel readable.
 */
export function isIntranet(base: URL): boolean {
  const host = base.hostname.replace(/^\[|\]$/g, '');
  if (host === 'localhost' || !host.includes('.') && !host.includes(':')) return true;
  if (/\.(local|lan|internal|intranet|home\.arpa)$/i.test(host)) return true;
  if (host === '::1' || /^f[cd][0-9a-f]{2}:/i.test(host) || /^fe80:/i.test(host)) return true;
  const ip = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(host);
  if (!ip) return false;
  const [a, b] = [Number(ip[1]), Number(ip[2])];
  return a === 10 || a === 127 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254);
}

export const sendsPasswordInClear = (base: URL): boolean => base.protocol === 'http:' && !isIntranet(base);
