// A real WebDAV server for the tests of 单位共享: Debian's Apache httpd with mod_dav, started on
// 127.0.0.1 from a throwaway config in a temporary folder, with Basic auth for one test user.
// Not a mock: the ETags, If-Match / If-None-Match answers (304, 412) and 401s are httpd's own.
// `.ci/run` installs `apache2` (and `apache2-utils` for htpasswd) when missing.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

export interface WebdavServer {
  /** http://127.0.0.1:<port> */
  origin: string;
  /** The DAV folder's address, ending in /: the address a user types into 服务器地址. */
  url: string;
  user: string;
  password: string;
  /** The folder on disk that the DAV address serves (to damage a pack behind the server's back). */
  root: string;
  stop(): Promise<void>;
}

const MODULE_DIRS = ['/usr/lib/apache2/modules', '/usr/lib64/httpd/modules', '/usr/libexec/apache2'];
const BINARIES = ['/usr/sbin/apache2', '/usr/sbin/httpd', '/usr/local/sbin/httpd'];

export const NO_HTTPD_MESSAGE = 'No Apache httpd with mod_dav found: install it (Debian/Ubuntu: apt-get install apache2 apache2-utils).';

export function findHttpd(): { binary: string; modules: string } | null {
  const binary = BINARIES.find((b) => existsSync(b));
  const modules = MODULE_DIRS.find((d) => existsSync(join(d, 'mod_dav_fs.so')));
  return binary && modules ? { binary, modules } : null;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilUp(origin: string, child: ChildProcess, log: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error(`httpd exited (${child.exitCode}): ${existsSync(log) ? readFileSync(log, 'utf8') : ''}`);
    try {
      await fetch(origin, { signal: AbortSignal.timeout(1000) });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  throw new Error(`httpd did not answer at ${origin}`);
}

/**
 * Starts httpd in the foreground (`-DFOREGROUND`, one small prefork pool) as this user; run as root,
 * httpd itself refuses to serve as root and switches to `nobody`, so the folders it writes are
 * handed to that user first.
 */
export async function startWebdavServer(options: { user?: string; password?: string } = {}): Promise<WebdavServer> {
  const found = findHttpd();
  if (!found) throw new Error(NO_HTTPD_MESSAGE);
  const user = options.user ?? 'tester';
  const password = options.password ?? 'pass-word';
  const dir = mkdtempSync(join(tmpdir(), 'drafter-webdav-'));
  const root = join(dir, 'dav');
  const locks = join(dir, 'locks');
  mkdirSync(root);
  mkdirSync(locks);
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  execFileSync('htpasswd', ['-b', '-c', '-B', join(dir, 'users'), user, password], { stdio: 'ignore' });

  const asRoot = process.getuid?.() === 0;
  const runAs = asRoot ? { name: 'nobody', uid: 65534, gid: 65534 } : { name: userInfo().username, uid: userInfo().uid, gid: userInfo().gid };
  if (asRoot) {
    chmodSync(dir, 0o755);
    for (const d of [root, locks]) chownSync(d, runAs.uid, runAs.gid);
    chmodSync(join(dir, 'users'), 0o644);
  }
  const load = (name: string, file: string) => `LoadModule ${name}_module ${found.modules}/${file}`;
  const config = [
    `ServerRoot "${dir}"`,
    `ServerName 127.0.0.1`,
    `Listen 127.0.0.1:${port}`,
    `PidFile "${dir}/httpd.pid"`,
    `ErrorLog "${dir}/error.log"`,
    `LogLevel warn`,
    // The mutexes and the scoreboard live in the temporary folder too, never in /var/run.
    `Mutex file:${dir} default`,
    `DefaultRuntimeDir "${dir}"`,
    load('mpm_prefork', 'mod_mpm_prefork.so'),
    load('authn_core', 'mod_authn_core.so'),
    load('authz_core', 'mod_authz_core.so'),
    load('auth_basic', 'mod_auth_basic.so'),
    load('authn_file', 'mod_authn_file.so'),
    load('authz_user', 'mod_authz_user.so'),
    load('dav', 'mod_dav.so'),
    load('dav_fs', 'mod_dav_fs.so'),
    ...(existsSync(`${found.modules}/mod_unixd.so`) ? [load('unixd', 'mod_unixd.so')] : []),
    asRoot ? `User ${runAs.name}\nGroup #${runAs.gid}` : '',
    `StartServers 1`,
    `MinSpareServers 1`,
    `MaxSpareServers 2`,
    `MaxRequestWorkers 4`,
    `DocumentRoot "${root}"`,
    `DAVLockDB "${locks}/lockdb"`,
    // Size and modification time, as a stock server sends them.
    `FileETag MTime Size`,
    `<Directory "${root}">`,
    `  Dav On`,
    `  AuthType Basic`,
    `  AuthName "drafter-test"`,
    `  AuthBasicProvider file`,
    `  AuthUserFile "${dir}/users"`,
    `  Require valid-user`,
    `</Directory>`,
    '',
  ].join('\n');
  writeFileSync(join(dir, 'httpd.conf'), config);
  const log = join(dir, 'error.log');
  // detached: a process group of its own, because prefork's shutdown sends SIGTERM to its whole
  // group, which would otherwise be the test runner's.
  const child = spawn(found.binary, ['-f', join(dir, 'httpd.conf'), '-DFOREGROUND'], { stdio: 'ignore', detached: true, env: { ...process.env, LANG: 'C' } });
  try {
    await waitUntilUp(origin, child, log);
  } catch (e) {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  let stopped = false;
  // Its own process group outlives the runner: take it down with the runner, whatever happens.
  const orphanGuard = () => child.kill('SIGKILL');
  process.once('exit', orphanGuard);
  return {
    origin,
    url: `${origin}/`,
    user,
    password,
    root,
    async stop() {
      if (stopped) return;
      stopped = true;
      process.off('exit', orphanGuard);
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        // SIGTERM: httpd stops its children and removes its pid file.
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
