import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import JSZip from 'jszip';

// Test documents made in the test from the source documents' own text (issue 15: "make your own test files from
// the five documents' text"): a PDF of minutes over several pages, a Word document with a participant table, an
// encrypted PDF, a broken one, and a ZIP bomb dressed as a Word document.

/**
 * A PDF with one page per entry, each page a list of lines (Helvetica: Norwegian letters included). A line given as
 * cells is a table row: each cell drawn on its own at its column, the columns as wide as their widest cell and a
 * little more, as a table in a PDF is laid out.
 */
export async function makePdf(
  pages: readonly (readonly (string | readonly string[])[])[],
  options: { userPassword?: string } = {},
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const size = 11;
  for (const lines of pages) {
    const page = pdf.addPage([595, 842]);
    const widths: number[] = [];
    for (const line of lines) {
      if (typeof line === 'string') continue;
      line.forEach((cell, column) => {
        widths[column] = Math.max(widths[column] ?? 0, font.widthOfTextAtSize(cell, size));
      });
    }
    let y = 800;
    for (const line of lines) {
      if (typeof line === 'string') page.drawText(line, { x: 50, y, font, size });
      else {
        let x = 50;
        line.forEach((cell, column) => {
          page.drawText(cell, { x, y, font, size });
          x += (widths[column] ?? 0) + 24;
        });
      }
      y -= 16;
    }
  }
  if (options.userPassword)
    pdf.encrypt({ userPassword: options.userPassword, ownerPassword: `${options.userPassword}!` });
  return pdf.save();
}

/** A Word document: a heading, paragraphs, and a table whose first row is its header. */
export async function makeDocx(content: {
  heading: string;
  paragraphs: readonly string[];
  table?: readonly (readonly string[])[];
}): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: content.heading, heading: HeadingLevel.HEADING_2 }),
    ...content.paragraphs.map((text) => new Paragraph({ children: [new TextRun(text)] })),
  ];
  if (content.table) {
    children.push(
      new Table({
        rows: content.table.map(
          (cells) =>
            new TableRow({ children: cells.map((text) => new TableCell({ children: [new Paragraph(text)] })) }),
        ),
      }),
    );
  }
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

/** A ZIP that looks like a Word document and inflates to `megabytes` MB of zeros. */
export async function makeZipBomb(megabytes: number): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types/>');
  zip.file('word/document.xml', Buffer.alloc(megabytes * 1024 * 1024, 0x20));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

// The KDU minutes of 5 November 2021 (seed/sources/001_…), their own lines, for minutes of a new meeting of the
// same body (14 January 2022, a day the graph has no meeting on). Tests add rows or cases of their own.

/** The minutes' header lines, with the new meeting's day. */
export const KDU_HEADER: readonly string[] = [
  'Referat KDU, Trøndelag sørvest',
  'Utvalg: Trøndelag sørvest, kommunedirektørutvalget',
  'Møtested: Teams',
  'Dato: 14. januar 2022',
  'Tidspunkt: 1000-1300',
];

/** The participant table's header and three of its rows, as the minutes write them (cells a tab apart there). */
export const KDU_TABLE: readonly (readonly string[])[] = [
  ['Deltaker', 'Rolle', 'Til stede / ikke til stede'],
  ['Beathe Sandvik Meland', 'Kommunedirektør, Frøya', 'x'],
  ['Per Øivind Sundell', 'Kommunedirektør, Rennebu', 'Ikke til stede'],
  ['Ingjerd Astad', 'Kommunedirektør, Hitra', 'x'],
];

/** A case heading and its decision, in the minutes' shape. */
export const KDU_CASES: readonly string[] = [
  'KDU 01/22 – Godkjenning referat 5. november 2021',
  'Vedtak: Referat godkjent',
];

/** The form fields of an upload besides the file (docs/ingest.md, POST /api/documents). */
export interface UploadFields {
  title?: string;
  date?: string;
  type?: string;
  coversStart?: string;
  coversEnd?: string;
  /** The file's name (default: the title's, as .txt). */
  fileName?: string;
  /** The file's media type (default: text/plain). */
  mediaType?: string;
}

/** What POST /api/documents answered. */
export interface Uploaded {
  status: number;
  body: { id: string; proposals: number; errors?: { message: string; extensions?: { code?: string } }[] };
}

/**
 * Uploads a document over POST /api/documents as `who` (a session cookie with the CSRF header, or an API token): the
 * text (or bytes) as a file, with the form's fields.
 */
export async function uploadText(
  server: { url: string },
  who: { cookie?: string; token?: string },
  text: string | Uint8Array,
  fields: UploadFields = {},
): Promise<Uploaded> {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  const { fileName, mediaType, ...form } = fields;
  const body = new FormData();
  body.set(
    'file',
    new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mediaType ?? 'text/plain' }),
    fileName ?? `${(form.title ?? 'dokument').replace(/[^\p{L}\p{N}]+/gu, '-')}.txt`,
  );
  for (const [name, value] of Object.entries(form)) if (value !== undefined) body.set(name, value);
  const headers: Record<string, string> = {};
  if (who.cookie) {
    headers.cookie = who.cookie;
    headers['apollo-require-preflight'] = 'true';
  }
  if (who.token) headers.authorization = `Bearer ${who.token}`;
  const response = await fetch(`${server.url}/api/documents`, { method: 'POST', headers, body });
  return { status: response.status, body: (await response.json()) as Uploaded['body'] };
}
