// The import worker: parses a file or pasted text off the panel's main thread, so a long report
// never freezes the panel. Started by run.ts with new Worker(new URL('./worker.ts', import.meta.url)).
import { parseImport } from './parse.ts';
import { importFailure } from './problems.ts';
import type { ImportReply, ImportRequest } from './protocol.ts';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
  postMessage(message: ImportReply): void;
}
const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { id, source, options } = event.data;
  parseImport(source, options, (progress) => scope.postMessage({ id, type: 'progress', progress })).then(
    (preview) => scope.postMessage({ id, type: 'done', preview }),
    // A code and its figures, never a sentence: the panel has the words (problem.import.*).
    (error: unknown) => scope.postMessage({ id, type: 'error', problem: importFailure(error).problem }),
  );
};
