// Running the import parse: in a Web Worker where there is one (the panel), in this thread where
// there is not (tests, or a browser that refuses the worker). Either way the caller gets progress
// and a cancellable promise.
import { decodeTextBytes, fileKind, ImportFileError } from './decode.ts';
import type { ImportOptions, ImportPreview, ImportProgress, ImportSource } from './parse.ts';
import type { ImportReply, ImportRequest } from './protocol.ts';

export { ImportFileError } from './decode.ts';
export type { ImportOptions, ImportPreview, ImportProgress, ImportSource, ProposedSnippet, RemovedNoiseLine } from './parse.ts';

let worker: Worker | null = null;

/** The parse in this thread, loaded only when needed: it brings mammoth, which the panel need not carry. */
async function parseHere(source: ImportSource, options: ImportOptions, onProgress: (p: ImportProgress) => void): Promise<ImportPreview> {
  const { parseImport } = await import('./parse.ts');
  return parseImport(source, options, onProgress);
}
let nextId = 1;

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    worker ??= new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'import-parser' });
    return worker;
  } catch {
    return null;
  }
}

export class ImportCancelled extends Error {
  override name = 'ImportCancelled';
}

/** A saved web page becomes text here, where there is a DOM for DOMPurify; the rest goes to the worker. */
async function pageToText(source: ImportSource): Promise<ImportSource> {
  if (source.kind !== 'file' || typeof window === 'undefined') return source;
  if (source.bytes.length === 0 || fileKind(source.name, source.bytes) !== 'html') return source;
  const { htmlToText } = await import('./html.ts');
  return { kind: 'text', name: source.name, text: htmlToText(decodeTextBytes(source.bytes).text, window) };
}

export async function runImport(original: ImportSource, options: ImportOptions, onProgress: (p: ImportProgress) => void, signal?: AbortSignal): Promise<ImportPreview> {
  onProgress({ percent: 2, stage: '正在读取文件…' });
  const source = await pageToText(original);
  const w = startWorker();
  if (!w) return parseHere(source, options, onProgress);
  const id = nextId++;
  return new Promise<ImportPreview>((resolve, reject) => {
    const finish = () => {
      w.removeEventListener('message', listen);
      w.removeEventListener('error', failed);
      signal?.removeEventListener('abort', abort);
    };
    const listen = (event: MessageEvent<ImportReply>) => {
      const reply = event.data;
      if (reply.id !== id) return;
      if (reply.type === 'progress') return onProgress(reply.progress);
      finish();
      if (reply.type === 'done') resolve(reply.preview);
      else reject(reply.expected ? new ImportFileError(reply.message) : new Error(reply.message));
    };
    const failed = () => {
      finish();
      // The worker itself could not run: parse here instead, so the import still works.
      worker?.terminate();
      worker = null;
      parseHere(source, options, onProgress).then(resolve, reject);
    };
    const abort = () => {
      finish();
      worker?.terminate(); // a long parse stops at once; the next import starts a new worker
      worker = null;
      reject(new ImportCancelled('已取消'));
    };
    w.addEventListener('message', listen);
    w.addEventListener('error', failed);
    signal?.addEventListener('abort', abort);
    const request: ImportRequest = { id, source, options };
    w.postMessage(request);
  });
}
