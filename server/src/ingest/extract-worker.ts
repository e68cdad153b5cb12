import { parentPort, workerData } from 'node:worker_threads';
import { extractDocument } from './extract.js';
import { extractProposals } from './proposals/extract.js';
import type { Gazetteer } from './proposals/types.js';
import { ExtractionRefusal } from './refusal.js';

// Runs one extraction in a worker thread (ingest/run.ts): PDF.js and mammoth are CPU-bound and a hostile file
// could keep them busy; here they cannot hold up the server's other requests, and a time limit ends them. The
// proposal rules run here too, on the text just made: on a text of millions of characters they take time as well.

const { bytes, fileName, declaredType, gazetteer, storedText } = workerData as {
  bytes: Uint8Array;
  fileName: string;
  declaredType: string | null;
  gazetteer: Gazetteer | null;
  /** The text stored for these bytes before (known bytes): the rules read it, since every quote refers to it. */
  storedText: string | null;
};

// The text is sent first, then the proposals: if the rules run out of time, the text is still stored (ingest/run.ts).
extractDocument(bytes, fileName, declaredType).then(
  (extracted) => {
    parentPort?.postMessage({ ok: true, extracted });
    if (gazetteer)
      parentPort?.postMessage({ ok: true, proposals: extractProposals(storedText ?? extracted.text, gazetteer) });
  },
  (error: unknown) =>
    parentPort?.postMessage(
      error instanceof ExtractionRefusal
        ? { ok: false, refusal: { status: error.status, code: error.code, message: error.message } }
        : { ok: false, failure: error instanceof Error ? error.message : String(error) },
    ),
);
