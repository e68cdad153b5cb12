import yauzl from 'yauzl';
import { ExtractionRefusal } from './refusal.js';

// A Word document is a ZIP archive. Before mammoth reads one, every entry is inflated here under limits (yauzl,
// which checks each entry's real size against its header): a zip bomb (a small file that inflates to gigabytes)
// or an archive that lies about its sizes is refused before anything else touches it.

export interface ZipLimits {
  /** The most entries an archive may have. */
  maxEntries: number;
  /** The most bytes all entries may inflate to together. */
  maxUncompressedBytes: number;
  /** The largest ratio of inflated to compressed size an entry above 1 MB may have. */
  maxRatio: number;
}

const bomb = (fileName: string, why: string) =>
  new ExtractionRefusal(422, 'UNPROCESSABLE_DOCUMENT', `"${fileName}" is refused: ${why}.`);

/** Opens and fully inflates a ZIP archive under `limits`; resolves to the names of its entries. */
export function openZip(buffer: Buffer, fileName: string, limits: ZipLimits): Promise<Set<string>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (error, zip) => {
      if (error || !zip) {
        reject(
          new ExtractionRefusal(
            422,
            'UNPROCESSABLE_DOCUMENT',
            `"${fileName}" is not a readable Word document (the archive is broken: ${error?.message ?? 'unknown'}).`,
          ),
        );
        return;
      }
      if (zip.entryCount > limits.maxEntries) {
        zip.close();
        reject(bomb(fileName, `it has ${zip.entryCount} entries (at most ${limits.maxEntries})`));
        return;
      }
      const names = new Set<string>();
      let total = 0;
      let failed = false;
      const fail = (refusal: ExtractionRefusal) => {
        if (failed) return;
        failed = true;
        zip.close();
        reject(refusal);
      };
      zip.on('error', (zipError: Error) =>
        fail(
          new ExtractionRefusal(
            422,
            'UNPROCESSABLE_DOCUMENT',
            `"${fileName}" is not a readable Word document (${zipError.message}).`,
          ),
        ),
      );
      zip.on('end', () => {
        if (!failed) resolve(names);
      });
      zip.on('entry', (entry: yauzl.Entry) => {
        names.add(entry.fileName);
        const declared = entry.uncompressedSize;
        if (declared > 1_000_000 && declared / Math.max(1, entry.compressedSize) > limits.maxRatio) {
          fail(bomb(fileName, `${entry.fileName} inflates ${Math.round(declared / entry.compressedSize)}-fold`));
          return;
        }
        if (total + declared > limits.maxUncompressedBytes) {
          fail(bomb(fileName, `it inflates to more than ${limits.maxUncompressedBytes} bytes`));
          return;
        }
        if (/\/$/.test(entry.fileName)) {
          zip.readEntry();
          return;
        }
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) {
            fail(
              new ExtractionRefusal(
                422,
                'UNPROCESSABLE_DOCUMENT',
                `"${fileName}" is not a readable Word document (${streamError?.message ?? 'unknown'}).`,
              ),
            );
            return;
          }
          stream.on('data', (chunk: Buffer) => {
            total += chunk.length;
            if (total > limits.maxUncompressedBytes) {
              stream.destroy();
              fail(bomb(fileName, `it inflates to more than ${limits.maxUncompressedBytes} bytes`));
            }
          });
          // yauzl reports an entry whose real size differs from its header here (validateEntrySizes).
          stream.on('error', (readError: Error) =>
            fail(
              new ExtractionRefusal(
                422,
                'UNPROCESSABLE_DOCUMENT',
                `"${fileName}" is not a readable Word document (${readError.message}).`,
              ),
            ),
          );
          stream.on('end', () => {
            if (!failed) zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}
