/**
 * Main-thread side of an import: the size check before a file is read, then the pipeline in a Web
 * Worker, so the engine and its opencc dictionaries load there — never in the main bundle — and a
 * long report never freezes the map.
 *
 * There is deliberately no main-thread fallback: a dynamic import() of the pipeline would share
 * the join with the main chunk and hoist it there (+15 kB). If the worker cannot start, the user
 * gets a specific message and keeps everything already imported.
 */
import type { ImportInput, ImportOutcome, ImportStage } from './pipeline';
import { sizeProblem } from './problems';

export type WorkerReply = { id: number; stage: ImportStage } | { id: number; outcome: ImportOutcome };

type Pending = { name: string; onStage: (s: ImportStage) => void; resolve: (o: ImportOutcome) => void };

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

const workerFailed = (name: string, detail: string): ImportOutcome => ({ ok: false, name, problem: { kind: 'failed', detail } });

function getWorker(): Worker {
  if (worker) return worker;
  const w = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  w.onmessage = (e: MessageEvent<WorkerReply>) => {
    const p = pending.get(e.data.id);
    if (!p) return;
    if ('stage' in e.data) p.onStage(e.data.stage);
    else {
      pending.delete(e.data.id);
      p.resolve(e.data.outcome);
    }
  };
  // A worker that dies (its script failed to load, out of memory) fails its jobs with the reason;
  // the next import starts a fresh one.
  w.onerror = (e) => {
    e.preventDefault();
    w.terminate();
    if (worker === w) worker = null;
    for (const [id, p] of pending) {
      pending.delete(id);
      p.resolve(workerFailed(p.name, `import worker: ${e.message || 'failed to start'}`));
    }
  };
  return (worker = w);
}

export function runImport(input: ImportInput, onStage: (s: ImportStage) => void): Promise<ImportOutcome> {
  let w: Worker;
  try {
    w = getWorker();
  } catch (e) {
    return Promise.resolve(workerFailed(input.name, `import worker: ${(e as Error).message}`));
  }
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, { name: input.name, onStage, resolve });
    w.postMessage({ id, input });
  });
}

/** Read a chosen or dropped file and import it; a file over the limit is refused before it is read. */
export async function importFile(file: File, onStage: (s: ImportStage) => void): Promise<ImportOutcome> {
  const tooLarge = sizeProblem(file.size);
  if (tooLarge) return { ok: false, name: file.name, problem: tooLarge };
  const bytes = new Uint8Array(await file.arrayBuffer());
  return runImport({ name: file.name, bytes }, onStage);
}
