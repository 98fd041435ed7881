// The panel and the import worker: what crosses is a stage code, a preview or a problem code with its
// figures — never a sentence — and the panel gets the words users saw before. The real worker.ts runs
// in this thread behind a Worker stand-in; messages cross as structured clones, as between threads.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImportProgress } from '../../../lib/import-files/progress.ts';
import { ImportReply } from '../../../lib/import-files/protocol.ts';
import { runImport } from '../../../lib/import-files/run.ts';
import { fixtureText, SEED_REPORT } from '../../support/fixtures.ts';
import { failureOf } from './failure.ts';

/** Every reply the worker posted, as it crossed. */
let replies: unknown[] = [];
/** Play a worker of another version, which still answers a failure with a sentence. */
let answerWithSentence = false;

/** A Worker whose other side is the real lib/import-files/worker.ts, run in this thread. */
class InThreadWorker extends EventTarget {
  // worker.ts sets `self.onmessage` once, when first loaded; `self` is this thread's global here.
  private static readonly loaded = import('../../../lib/import-files/worker.ts');
  constructor() {
    super();
    // What worker.ts posts to its global comes back to this side as a message event.
    vi.stubGlobal('postMessage', (message: unknown) => this.reply(message));
  }
  postMessage(request: { id: number }): void {
    if (answerWithSentence) {
      this.reply({ id: request.id, type: 'error', message: '这是旧版 Word/WPS 文件', expected: true });
      return;
    }
    const data = structuredClone(request);
    void InThreadWorker.loaded.then(() => (globalThis as unknown as { onmessage: (e: { data: unknown }) => void }).onmessage({ data }));
  }
  reply(message: unknown): void {
    const data = structuredClone(message);
    replies.push(data);
    queueMicrotask(() => this.dispatchEvent(new MessageEvent('message', { data })));
  }
  terminate(): void {}
}

beforeAll(() => {
  vi.stubGlobal('self', globalThis);
});
beforeEach(() => {
  replies = [];
  answerWithSentence = false;
  // Each test starts with the stand-in: one below plays a browser without Worker.
  vi.stubGlobal('Worker', InThreadWorker);
});
afterAll(() => vi.unstubAllGlobals());

describe('the import worker and the panel', () => {
  it('a refused file crosses as a code; the panel gets the words users saw', async () => {
    const run = runImport;
    const doc = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await failureOf(() => run({ kind: 'file', name: '旧报告.doc', bytes: doc }, {}, () => undefined))).toEqual({
      code: 'import.oldWordFile',
      words: '这是旧版 Word/WPS 文件（.doc/.wps），无法直接读取。请在 Word 或 WPS 中“另存为” .docx 后再导入，或复制粘贴正文。',
    });
    expect(replies.at(-1)).toEqual({ id: expect.any(Number), type: 'error', problem: { code: 'import.oldWordFile' } });
    expect(JSON.stringify(replies)).not.toMatch(/[\u4e00-\u9fff]/); // no sentence crossed, in any language
  });

  it('figures cross as figures: a text too long names its length and the limit', async () => {
    const run = runImport;
    const failure = await failureOf(() => run({ kind: 'text', text: '甲'.repeat(2_000_001) }, {}, () => undefined));
    expect(failure).toEqual({ code: 'import.tooLong', params: { chars: 2_000_001, max: 2_000_000 }, words: '文字太长（2000001 字），一次最多导入 2000000 字。请分几次导入。' });
  });

  it('progress crosses as stage codes, then the preview; every reply is one the protocol accepts', async () => {
    const run = runImport;
    const progress: ImportProgress[] = [];
    const preview = await run({ kind: 'text', text: fixtureText(SEED_REPORT) }, {}, (p) => progress.push(p));
    expect(preview.proposals.length).toBeGreaterThan(5);
    expect([...new Set(progress.map((p) => p.stage))]).toEqual(['reading', 'cleaning', 'outline', 'splitting', 'done']);
    for (const reply of replies) expect(ImportReply.safeParse(reply).success).toBe(true);
  });

  it('a failure of the parse itself crosses as import.crashed with its raw message', async () => {
    const run = runImport;
    const broken = { kind: 'file', name: 'a.txt', bytes: null } as unknown as Parameters<typeof run>[0];
    const failure = await failureOf(() => run(broken, {}, () => undefined));
    expect(failure.code).toBe('import.crashed');
    expect(failure.words).toMatch(/^识别时出错：.*length/);
  });

  it('a reply with a sentence instead of a code is not shown: the panel says the reading failed', async () => {
    answerWithSentence = true;
    const run = runImport;
    expect(await failureOf(() => run({ kind: 'text', text: '一、主要工作' }, {}, () => undefined))).toEqual({
      code: 'import.crashed',
      params: { error: 'unexpected reply from the import worker' },
      words: '识别时出错：unexpected reply from the import worker',
    });
  });

  it('without a worker the parse runs here and fails the same way', async () => {
    vi.stubGlobal('Worker', undefined);
    expect((await failureOf(() => runImport({ kind: 'file', name: 'a.txt', bytes: new Uint8Array() }, {}, () => undefined))).code).toBe('import.emptyFile');
  });

  it('the protocol takes only listed codes with figures, never a sentence', () => {
    expect(ImportReply.safeParse({ id: 1, type: 'error', problem: { code: 'import.tooLong', params: { chars: 3, max: 2 } } }).success).toBe(true);
    expect(ImportReply.safeParse({ id: 1, type: 'error', problem: { code: 'import.somethingElse' } }).success).toBe(false);
    expect(ImportReply.safeParse({ id: 1, type: 'error', message: '没有读到任何文字。' }).success).toBe(false);
    expect(ImportReply.safeParse({ id: 1, type: 'progress', progress: { percent: 5, stage: '正在读取文件…' } }).success).toBe(false);
  });
});
