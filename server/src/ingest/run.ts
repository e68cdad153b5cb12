import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { type ExtractedText, ExtractionRefusal } from './extract.js';

// Extraction off the main thread, with a time and memory limit: a file that would take longer or need more is
// refused (422), and the server goes on answering meanwhile.

export interface ExtractionBudget {
  timeoutMs: number;
  /** The worker's heap limit. */
  maxHeapMb: number;
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

/** Extracts the text of an uploaded file in a worker thread; rejects with an ExtractionRefusal when it cannot. */
export function extractInWorker(
  bytes: Uint8Array,
  fileName: string,
  declaredType: string | null,
  budget: ExtractionBudget = DEFAULT_BUDGET,
): Promise<ExtractedText> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerModule(), {
      workerData: { bytes, fileName, declaredType },
      resourceLimits: { maxOldGenerationSizeMb: budget.maxHeapMb },
    });
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      outcome();
    };
    const timer = setTimeout(
      () =>
        settle(() =>
          reject(
            new ExtractionRefusal(
              422,
              'UNPROCESSABLE_DOCUMENT',
              `Reading "${fileName}" took longer than ${Math.round(budget.timeoutMs / 1000)} seconds: it was stopped.`,
            ),
          ),
        ),
      budget.timeoutMs,
    );
    worker.once(
      'message',
      (message: { ok: boolean; extracted?: ExtractedText; refusal?: ExtractionRefusal; failure?: string }) =>
        settle(() => {
          if (message.ok && message.extracted) resolve(message.extracted);
          else if (message.refusal) {
            const { status, code, message: text } = message.refusal;
            reject(new ExtractionRefusal(status, code, text));
          } else reject(new Error(`The extraction of "${fileName}" failed: ${message.failure ?? 'unknown'}`));
        }),
    );
    worker.once('error', (error) =>
      settle(() =>
        reject(
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
        reject(new ExtractionRefusal(422, 'UNPROCESSABLE_DOCUMENT', `Reading "${fileName}" stopped (exit ${code}).`)),
      ),
    );
  });
}
