import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ExtractedText } from './extract.js';
import type { Gazetteer, ProposalDraft } from './proposals/types.js';
import { ExtractionRefusal } from './refusal.js';

// Extraction off the main thread, with a time and memory limit: a file that would take longer or need more is
// refused (422), and the server goes on answering meanwhile.

export interface ExtractionBudget {
  timeoutMs: number;
  /** The worker's heap limit. */
  maxHeapMb: number;
  /**
   * The time the proposal rules get once the text is made (PROPOSAL_RULES_TIMEOUT_MS); left out, they share
   * `timeoutMs` with the text. Rules that do not finish leave the document stored without proposals, and flagged.
   */
  rulesTimeoutMs?: number;
}

export const DEFAULT_BUDGET: ExtractionBudget = { timeoutMs: 60_000, maxHeapMb: 512 };

/**
 * The worker module beside this one: compiled JavaScript when built; under the tests (TypeScript run from source)
 * a small module that registers tsx's loader in the worker first (Node 20 workers take no --import of it).
 */
function workerModule(): URL {
  if (!import.meta.url.endsWith('.ts')) return new URL('./extract-worker.js', import.meta.url);
  const worker = new URL('./extract-worker.ts', import.meta.url).href;
  // tsx's ESM API, as its package's exports map names it (a data: module cannot resolve a bare specifier).
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('tsx/package.json');
  const exportsMap = (require(manifest) as { exports: Record<string, { import: { default: string } }> }).exports;
  const api = pathToFileURL(join(dirname(manifest), exportsMap['./esm/api']?.import.default ?? '')).href;
  const bootstrap = `const { register } = await import(${JSON.stringify(api)}); register(); await import(${JSON.stringify(worker)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(bootstrap)}`);
}

/**
 * How many extractions may run at once: each worker may take up to `maxHeapMb`, so a burst of uploads must not
 * start one each. Beyond this the upload is refused at once with 503 and Retry-After (ingest/http.ts).
 */
export const MAX_CONCURRENT_EXTRACTIONS = 2;
let running = 0;

/** Refused when MAX_CONCURRENT_EXTRACTIONS are already running. */
export class ExtractionBusy extends Error {
  constructor() {
    super('Other documents are being read right now. Try again in a few seconds.');
    this.name = 'ExtractionBusy';
  }
}

/** The text of an upload and, when a gazetteer was given, the proposals the rules read from it. */
export type ExtractedWithProposals = ExtractedText & {
  proposals: ProposalDraft[];
  /** False when the rules ran out of time or memory after the text was made: the text is kept, without proposals. */
  proposalsComplete: boolean;
};

/**
 * Extracts the text of an uploaded file in a worker thread, and with a gazetteer also runs the proposal rules
 * (ingest/proposals/) on it there (or on `storedText`, the text stored for known bytes), within the same time limit;
 * rejects with an ExtractionRefusal when it cannot.
 */
export function extractInWorker(
  bytes: Uint8Array,
  fileName: string,
  declaredType: string | null,
  budget: ExtractionBudget = DEFAULT_BUDGET,
  gazetteer: Gazetteer | null = null,
  /** The text stored for these bytes before (known bytes): the rules read it rather than the text made now. */
  storedText: string | null = null,
): Promise<ExtractedWithProposals> {
  if (running >= MAX_CONCURRENT_EXTRACTIONS) return Promise.reject(new ExtractionBusy());
  running += 1;
  return runWorker(bytes, fileName, declaredType, budget, gazetteer, storedText).finally(() => {
    running -= 1;
  });
}

function runWorker(
  bytes: Uint8Array,
  fileName: string,
  declaredType: string | null,
  budget: ExtractionBudget,
  gazetteer: Gazetteer | null,
  storedText: string | null,
): Promise<ExtractedWithProposals> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerModule(), {
      workerData: { bytes, fileName, declaredType, gazetteer, storedText },
      resourceLimits: { maxOldGenerationSizeMb: budget.maxHeapMb },
    });
    let settled = false;
    // The text arrives first, the proposals after it: a text the rules cannot finish within the budget is still
    // stored (without proposals) rather than refused.
    let text: ExtractedText | null = null;
    const withoutProposals = (made: ExtractedText) => resolve({ ...made, proposals: [], proposalsComplete: false });
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      outcome();
    };
    const outOfTime = () =>
      settle(() =>
        text
          ? withoutProposals(text)
          : reject(
              new ExtractionRefusal(
                422,
                'UNPROCESSABLE_DOCUMENT',
                `Reading "${fileName}" took longer than ${Math.round(budget.timeoutMs / 1000)} seconds: it was stopped.`,
              ),
            ),
      );
    let timer = setTimeout(outOfTime, budget.timeoutMs);
    worker.on(
      'message',
      (message: {
        ok: boolean;
        extracted?: ExtractedText;
        proposals?: ProposalDraft[];
        refusal?: ExtractionRefusal;
        failure?: string;
      }) => {
        if (message.ok && message.extracted) {
          text = message.extracted;
          if (gazetteer === null) {
            settle(() => resolve({ ...(text as ExtractedText), proposals: [], proposalsComplete: true }));
          } else if (budget.rulesTimeoutMs !== undefined) {
            clearTimeout(timer);
            timer = setTimeout(outOfTime, budget.rulesTimeoutMs);
          }
          return;
        }
        if (message.ok && message.proposals && text) {
          const made = text;
          settle(() => resolve({ ...made, proposals: message.proposals ?? [], proposalsComplete: true }));
          return;
        }
        settle(() => {
          if (text) {
            // The rules failed after the text was made: the text is stored without proposals.
            withoutProposals(text);
          } else if (message.refusal) {
            const { status, code, message: text } = message.refusal;
            reject(new ExtractionRefusal(status, code, text));
          } else {
            // A reader that failed unforeseen (a file nested too deeply for the parser, ...): the file is what
            // cannot be read, and the server says so (the cause goes to the log, not to the client).
            reject(
              Object.assign(new ExtractionRefusal(422, 'UNPROCESSABLE_DOCUMENT', `"${fileName}" could not be read.`), {
                cause: message.failure ?? 'unknown',
              }),
            );
          }
        });
      },
    );
    worker.once('error', (error) =>
      settle(() =>
        text
          ? withoutProposals(text)
          : reject(
              (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY'
                ? new ExtractionRefusal(
                    422,
                    'UNPROCESSABLE_DOCUMENT',
                    `"${fileName}" needs more memory to read than is allowed.`,
                  )
                : error,
            ),
      ),
    );
    worker.once('exit', (code) =>
      settle(() =>
        text
          ? withoutProposals(text)
          : reject(
              new ExtractionRefusal(422, 'UNPROCESSABLE_DOCUMENT', `Reading "${fileName}" stopped (exit ${code}).`),
            ),
      ),
    );
  });
}
