import { createHash } from 'node:crypto';
import mammoth from 'mammoth';
import { marked } from 'marked';
import { getDocumentProxy } from 'unpdf';
import { htmlToText } from './html.js';
import { ExtractionRefusal } from './refusal.js';
import { openZip, type ZipLimits } from './zip.js';

// Text extraction of an uploaded document (issue 15, docs/ingest.md): PDF (unpdf, Mozilla's PDF.js), DOCX
// (mammoth), HTML (parse5), Markdown (marked, then as HTML) and plain text. The text is what every quote of the
// document refers to, so it is made once, here, and stored with the document: pages in reading order, each
// page's start offset kept, line breaks as the source gives them, Unicode NFC.

export type MediaKind = 'PDF' | 'DOCX' | 'HTML' | 'MARKDOWN' | 'TEXT';

export const MEDIA_TYPES: Record<MediaKind, string> = {
  PDF: 'application/pdf',
  DOCX: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  HTML: 'text/html',
  MARKDOWN: 'text/markdown',
  TEXT: 'text/plain',
};

/** The text of a document as stored: the whole text, where each page starts in it, and what it was made from. */
export interface ExtractedText {
  kind: MediaKind;
  mediaType: string;
  text: string;
  /** The offset in `text` where each page starts (one entry, 0, for formats without pages). */
  pageStarts: number[];
  /** SHA-256 of the uploaded bytes, hex: the same bytes are the same document. */
  sha256: string;
}

export interface ExtractionLimits extends ZipLimits {
  /** The most characters a document's text may have. */
  maxTextChars: number;
  /** The most pages a PDF may have. */
  maxPages: number;
}

export const DEFAULT_EXTRACTION_LIMITS: ExtractionLimits = {
  maxTextChars: 5_000_000,
  maxPages: 2_000,
  maxEntries: 2_000,
  maxUncompressedBytes: 100_000_000,
  maxRatio: 200,
};

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((byte, index) => bytes[index] === byte);
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]; // PK\3\4

/**
 * What the bytes are: PDF and ZIP (DOCX) by their first bytes, whatever the name says; the text formats by the
 * file name's extension or the declared media type. Anything else is refused.
 */
export function mediaKindOf(bytes: Uint8Array, fileName: string, declaredType: string | null): MediaKind {
  if (startsWith(bytes, PDF_MAGIC)) return 'PDF';
  if (startsWith(bytes, ZIP_MAGIC)) return 'DOCX';
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const type = (declaredType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (['html', 'htm', 'xhtml'].includes(extension) || type === 'text/html' || type === 'application/xhtml+xml')
    return 'HTML';
  if (['md', 'markdown'].includes(extension) || type === 'text/markdown') return 'MARKDOWN';
  if (extension === 'txt' || type === 'text/plain') return 'TEXT';
  throw new ExtractionRefusal(
    415,
    'UNSUPPORTED_MEDIA_TYPE',
    `"${fileName}" is not a document this can read: upload a PDF, a Word document (.docx), HTML, Markdown (.md) or plain text (.txt).`,
  );
}

/** Text as stored: NFC, Unix line breaks, no trailing spaces on a line, no control characters, no runs of blank lines. */
export function tidyText(raw: string): string {
  return (
    raw
      .normalize('NFC')
      .replace(/\r\n?/g, '\n')
      // Control characters other than tab and line feed carry no text (form feeds between pages included).
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
      .replace(/[ \t]+$/gm, '')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}

/** Decodes bytes of text: UTF-8 (a byte-order mark dropped), else Windows-1252 as older Norwegian files are. */
function decodeText(bytes: Uint8Array, fileName: string): string {
  if (bytes.includes(0)) {
    throw new ExtractionRefusal(415, 'UNSUPPORTED_MEDIA_TYPE', `"${fileName}" holds binary data, not text.`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** A text item of PDF.js's `getTextContent`: a run of text, where it starts (`transform`) and how wide it is. */
export interface PdfTextItem {
  str: string;
  /** [a, b, c, d, x, y]: the text matrix; √(c² + d²) is the font size. */
  transform: number[];
  width: number;
  hasEOL: boolean;
}

/** Helvetica's space is 0.278 em; other fonts' are close. */
const SPACE_EM = 0.28;

/**
 * A page's text from its PDF.js items in their order, as PDF.js writes it (each run, a line break where it marks
 * one), but with a tab where a run on the same line starts more than about two spaces' width after the last one
 * ended: the cell separator of a table row (`Beathe Sandvik Meland⇥Kommunedirektør, Frøya⇥x`), as Word and HTML
 * tables give it, which the participant-table rule reads. The white space PDF.js puts between the cells goes.
 */
export function pdfPageText(items: readonly PdfTextItem[]): string {
  let text = '';
  // Where the last run with letters ended on the current line, and its baseline.
  let last: { end: number; y: number } | null = null;
  let blank = '';
  for (const item of items) {
    const [, , c = 0, d = 0, x = 0, y = 0] = item.transform;
    if (item.str.trim() === '') {
      blank += item.str;
    } else {
      const size = Math.hypot(c, d) || 10;
      const sameLine = last !== null && Math.abs(y - last.y) <= size / 2;
      const lead = item.str.length - item.str.trimStart().length;
      const gap = last === null ? 0 : x - last.end;
      if (sameLine && gap > 2 * SPACE_EM * size) {
        text = `${text.replace(/[ \u00a0]+$/u, '')}\t${item.str.slice(lead)}`;
      } else {
        text += blank + item.str;
      }
      blank = '';
      last = { end: x + item.width, y };
    }
    if (item.hasEOL) {
      text += `${blank}\n`;
      blank = '';
      last = null;
    }
  }
  return text + blank;
}

async function pdfPages(bytes: Uint8Array, fileName: string, limits: ExtractionLimits): Promise<string[]> {
  let pages: string[];
  try {
    // PDF.js takes the buffer over: give it a copy, so the caller's bytes (and hash) stay whole.
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    if (pdf.numPages > limits.maxPages) {
      throw new ExtractionRefusal(
        422,
        'UNPROCESSABLE_DOCUMENT',
        `"${fileName}" has ${pdf.numPages} pages; at most ${limits.maxPages} are taken in.`,
      );
    }
    pages = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const content = await (await pdf.getPage(number)).getTextContent();
      pages.push(pdfPageText(content.items.flatMap((item) => ('str' in item ? [item] : []))));
    }
  } catch (error) {
    if (error instanceof ExtractionRefusal) throw error;
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException') {
      throw new ExtractionRefusal(
        422,
        'UNPROCESSABLE_DOCUMENT',
        `"${fileName}" is encrypted (password-protected): save it without a password and upload it again.`,
      );
    }
    throw new ExtractionRefusal(
      422,
      'UNPROCESSABLE_DOCUMENT',
      `"${fileName}" is not a readable PDF (${error instanceof Error ? error.message : 'unknown error'}).`,
    );
  }
  return pages;
}

async function docxText(bytes: Uint8Array, fileName: string, limits: ExtractionLimits): Promise<string> {
  // The archive is opened and every entry inflated under the limits first (zip.ts): a zip bomb stops there.
  const entries = await openZip(Buffer.from(bytes), fileName, limits);
  if (!entries.has('word/document.xml')) {
    throw new ExtractionRefusal(
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      `"${fileName}" is a ZIP archive but not a Word document (.docx): it has no word/document.xml.`,
    );
  }
  try {
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    // Through HTML, so that paragraphs, headings and table cells are laid out as in the other formats.
    return htmlToText(result.value);
  } catch (error) {
    throw new ExtractionRefusal(
      422,
      'UNPROCESSABLE_DOCUMENT',
      `"${fileName}" is not a readable Word document (${error instanceof Error ? error.message : 'unknown error'}).`,
    );
  }
}

/** Extracts the stored text of an uploaded file, or refuses it with a typed reason. */
export async function extractDocument(
  bytes: Uint8Array,
  fileName: string,
  declaredType: string | null,
  limits: ExtractionLimits = DEFAULT_EXTRACTION_LIMITS,
): Promise<ExtractedText> {
  if (bytes.length === 0) throw new ExtractionRefusal(400, 'BAD_REQUEST', `"${fileName}" is empty.`);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const kind = mediaKindOf(bytes, fileName, declaredType);
  let pages: string[];
  if (kind === 'PDF') pages = await pdfPages(bytes, fileName, limits);
  else if (kind === 'DOCX') pages = [await docxText(bytes, fileName, limits)];
  else if (kind === 'HTML') pages = [htmlToText(decodeText(bytes, fileName))];
  else if (kind === 'MARKDOWN') pages = [htmlToText(await marked.parse(decodeText(bytes, fileName)))];
  else pages = [decodeText(bytes, fileName)];

  const pageStarts: number[] = [];
  let text = '';
  for (const page of pages.map(tidyText)) {
    if (text !== '' && page !== '') text += '\n\n';
    pageStarts.push(text.length);
    text += page;
  }
  if (text === '') {
    throw new ExtractionRefusal(
      422,
      'UNPROCESSABLE_DOCUMENT',
      kind === 'PDF'
        ? `"${fileName}" has no text to read (a scanned PDF needs text recognition first).`
        : `"${fileName}" has no text.`,
    );
  }
  if (text.length > limits.maxTextChars) {
    throw new ExtractionRefusal(
      413,
      'PAYLOAD_TOO_LARGE',
      `"${fileName}" has ${text.length} characters of text; at most ${limits.maxTextChars} are taken in.`,
    );
  }
  return { kind, mediaType: MEDIA_TYPES[kind], text, pageStarts, sha256 };
}
