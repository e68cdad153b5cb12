import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import JSZip from 'jszip';

// Test documents made in the test from the source documents' own text (issue 15: "make your own test files from
// the five documents' text"): a PDF of minutes over several pages, a Word document with a participant table, an
// encrypted PDF, a broken one, and a ZIP bomb dressed as a Word document.

/** A PDF with one page per entry, each page a list of lines (Helvetica: Norwegian letters included). */
export async function makePdf(pages: string[][], options: { userPassword?: string } = {}): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const lines of pages) {
    const page = pdf.addPage([595, 842]);
    let y = 800;
    for (const line of lines) {
      page.drawText(line, { x: 50, y, font, size: 11 });
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
  paragraphs: string[];
  table?: string[][];
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
