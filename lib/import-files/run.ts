// Running the import parse: in a Web Worker where there is one (the panel), in this thread where
// there is not (tests, or a browser that refuses the worker). Either way the caller gets progress
// and a cancellable promise.
import { decodeTextBytes, fileKind } from './decode.ts';
import type { ImportOptions, ImportPreview, ImportSource } from './parse.ts';
import { importError, importFailure, ImportFileError } from './problems.ts';
import type { ImportProgress } from './progress.ts';
import { ImportReply, type ImportRequest } from './protocol.ts';

export { IMPORT_PROBLEM_CODES, importFailure, ImportFileError, type ImportProblemCode } from './problems.ts';
export { IMPORT_STAGES, type ImportProgress, type ImportStage } from './progress.ts';
export type { ImportOptions, ImportPreview, ImportSource, ProposedSnippet, RemovedNoiseLine } from './parse.ts';

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

/**
 * Parses a file or pasted text. Rejects with ImportCancelled when the signal aborts, otherwise
 * only with an ImportFileError, whose problem code the panel puts in words.
 */
export async function runImport(original: ImportSource, options: ImportOptions, onProgress: (p: ImportProgress) => void, signal?: AbortSignal): Promise<ImportPreview> {
  try {
    return await parseSomewhere(original, options, onProgress, signal);
  } catch (error) {
    throw error instanceof ImportCancelled ? error : importFailure(error);
  }
}

async function parseSomewhere(original: ImportSource, options: ImportOptions, onProgress: (p: ImportProgress) => void, signal?: AbortSignal): Promise<ImportPreview> {
  onProgress({ percent: 2, stage: 'reading' });
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
    const listen = (event: MessageEvent<unknown>) => {
      if ((event.data as { id?: unknown } | null)?.id !== id) return;
      const parsed = ImportReply.safeParse(event.data);
      if (!parsed.success) {
        // Our worker answered something this panel does not understand: say so rather than wait forever.
        finish();
        reject(importError('import.crashed', { error: 'unexpected reply from the import worker' }));
        return;
      }
      const reply = parsed.data;
      if (reply.type === 'progress') return onProgress(reply.progress);
      finish();
      if (reply.type === 'done') resolve(reply.preview);
      else reject(new ImportFileError(reply.problem));
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
      reject(new ImportCancelled('cancelled'));
    };
    w.addEventListener('message', listen);
    w.addEventListener('error', failed);
    signal?.addEventListener('abort', abort);
    const request: ImportRequest = { id, source, options };
    w.postMessage(request);
  });
}
