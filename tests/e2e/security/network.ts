// Records every network request of every target of the browser — web pages and their frames,
// the extension's service worker, its side panel, and their workers — through the Chrome DevTools
// Protocol (Target auto-attach, flattened sessions, Network domain on each).
import { createRequire } from 'node:module';
import type { BrowserContext } from 'playwright-core';

export interface RecordedRequest {
  url: string;
  resourceType: string;
  /** The target that made it: page, iframe, service_worker, worker… and its URL. */
  targetType: string;
  targetUrl: string;
}

interface Socket {
  on(event: 'message', listener: (data: Buffer) => void): void;
  once(event: 'open' | 'error', listener: (error?: Error) => void): void;
  send(data: string): void;
  close(): void;
}

// playwright-core carries a WebSocket client (Node 20 has none built in).
const { ws: WebSocket } = createRequire(import.meta.url)('playwright-core/lib/utilsBundle') as { ws: new (url: string, options?: object) => Socket };

/** The debugging port the harness started this browser with, as chrome://version shows it. */
async function debuggingPort(context: BrowserContext): Promise<number> {
  const page = await context.newPage();
  await page.goto('chrome://version');
  const commandLine = await page.locator('#command_line').innerText();
  await page.close();
  const port = /--remote-debugging-port=(\d+)/.exec(commandLine)?.[1];
  if (!port) throw new Error('the browser was started without --remote-debugging-port');
  return Number(port);
}

export class NetworkRecorder {
  readonly requests: RecordedRequest[] = [];
  readonly targets: { type: string; url: string }[] = [];
  private nextId = 1;

  private constructor(private readonly socket: Socket) {}

  static async start(context: BrowserContext): Promise<NetworkRecorder> {
    const port = await debuggingPort(context);
    const { webSocketDebuggerUrl } = (await (await fetch(`http://127.0.0.1:${port}/json/version`)).json()) as { webSocketDebuggerUrl: string };
    const socket = new WebSocket(webSocketDebuggerUrl, { perMessageDeflate: false });
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    const recorder = new NetworkRecorder(socket);
    socket.on('message', (data) => recorder.onMessage(JSON.parse(data.toString())));
    recorder.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: true });
    return recorder;
  }

  private readonly sessions = new Map<string, { type: string; url: string }>();

  private send(method: string, params: object = {}, sessionId?: string): void {
    this.socket.send(JSON.stringify({ id: this.nextId++, method, params, ...(sessionId ? { sessionId } : {}) }));
  }

  private onMessage(message: { method?: string; params?: Record<string, unknown>; sessionId?: string }): void {
    if (message.method === 'Target.attachedToTarget') {
      const { sessionId, targetInfo } = message.params as { sessionId: string; targetInfo: { type: string; url: string } };
      this.sessions.set(sessionId, targetInfo);
      this.targets.push({ type: targetInfo.type, url: targetInfo.url });
      this.send('Network.enable', {}, sessionId);
      // Its own frames and workers (an out-of-process iframe, the panel's import worker).
      this.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: true }, sessionId);
    } else if (message.method === 'Target.targetInfoChanged') {
      const info = message.params!.targetInfo as { targetId: string; type: string; url: string };
      for (const target of this.sessions.values()) if (target.type === info.type && !target.url) target.url = info.url;
    } else if (message.method === 'Network.requestWillBeSent' && message.sessionId) {
      const { request, type, documentURL } = message.params as { request: { url: string }; type?: string; documentURL?: string };
      const target = this.sessions.get(message.sessionId);
      this.requests.push({ url: request.url, resourceType: type ?? '', targetType: target?.type ?? '?', targetUrl: documentURL || target?.url || '' });
    }
  }

  close(): void {
    this.socket.close();
  }
}

/** Requests that left the machine or reached a server: anything but the extension's own files, data: and blob:. */
export const isNetwork = (url: string, extensionId: string) =>
  !url.startsWith(`chrome-extension://${extensionId}/`) && !url.startsWith('data:') && !url.startsWith('blob:');
