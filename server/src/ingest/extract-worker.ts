import { parentPort, workerData } from 'node:worker_threads';
import { ExtractionRefusal, extractDocument } from './extract.js';

// Runs one extraction in a worker thread (ingest/run.ts): PDF.js and mammoth are CPU-bound and a hostile file
// could keep them busy; here they cannot hold up the server's other requests, and a time limit ends them.

const { bytes, fileName, declaredType } = workerData as {
  bytes: Uint8Array;
  fileName: string;
  declaredType: string | null;
};

extractDocument(bytes, fileName, declaredType).then(
  (extracted) => parentPort?.postMessage({ ok: true, extracted }),
  (error: unknown) =>
    parentPort?.postMessage(
      error instanceof ExtractionRefusal
        ? { ok: false, refusal: { status: error.status, code: error.code, message: error.message } }
        : { ok: false, failure: error instanceof Error ? error.message : String(error) },
    ),
);
