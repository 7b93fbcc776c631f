/**
 * The import worker: runs the extraction off the main thread so a large report never freezes the
 * map. Messages: in { id, input }, out { id, stage } while working, then { id, outcome }.
 */
import { runImportPipeline, type ImportInput } from './pipeline';
import type { WorkerReply } from './run';

const post = (msg: WorkerReply) => (self as unknown as { postMessage(m: WorkerReply): void }).postMessage(msg);

self.onmessage = (e: MessageEvent<{ id: number; input: ImportInput }>) => {
  const { id, input } = e.data;
  const outcome = runImportPipeline(input, (stage) => post({ id, stage }));
  post({ id, outcome });
};
