// CSV that Excel opens correctly (RFC 4180 with the habits Excel expects): UTF-8 with a byte-order mark, ";" by
// default (Norwegian Excel uses the comma as the decimal mark, so it expects ";" between fields), CRLF line ends,
// and every field that needs it quoted. Used by the server's report downloads and the client alike.

/** ";" is what Excel expects with Norwegian regional settings (where "," is the decimal mark); "," elsewhere. */
export type CsvSeparator = ';' | ',';

/** The UTF-8 byte order mark: without it Excel opens UTF-8 files as Windows-1252 and garbles æ, ø and å. */
export const CSV_BOM = '\uFEFF';

export type CsvValue = string | number | null | undefined;

// A text cell that starts with one of these is run as a formula by Excel and LibreOffice ("CSV injection"); a
// leading apostrophe makes it plain text. Names and titles from documents never start with them. Numbers are
// written as they are (a negative amount is not a formula).
const FORMULA_START = /^[=+\-@\t\r]/;

// Quoted whenever it holds either separator, so a cell survives being re-read with the other one.
const NEEDS_QUOTES = /[;,"\r\n]/;

/** One cell: quoted when it holds a separator, a quote or a line break; quotes inside are doubled. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One CSV line, with its line end. */
export function csvLine(fields: readonly CsvValue[], separator: CsvSeparator): string {
  return `${fields.map(csvField).join(separator)}\r\n`;
}

/** A whole file: the BOM, then one line per row (the header is the first row), each ended by CRLF. */
export function toCsv(rows: readonly (readonly CsvValue[])[], separator: CsvSeparator): string {
  return CSV_BOM + rows.map((row) => csvLine(row, separator)).join('');
}
