// A small CSV writer for spreadsheets (RFC 4180 with the habits Excel expects). Pure: no DOM, so it is unit-tested.

/** ";" is what Excel expects with Norwegian regional settings (where "," is the decimal mark); "," elsewhere. */
export type CsvSeparator = ';' | ',';

/** The UTF-8 byte order mark: without it Excel opens UTF-8 files as Windows-1252 and garbles æ, ø and å. */
export const CSV_BOM = '\uFEFF';

// A cell that starts with one of these is run as a formula by Excel and LibreOffice ("CSV injection"); a leading
// apostrophe makes it plain text. Names and titles from documents never start with them, so nothing real changes.
const FORMULA_START = /^[=+\-@\t\r]/;

// Quoted whenever it holds either separator, so a cell survives being re-read with the other one.
const NEEDS_QUOTES = /[;,"\r\n]/;

/** One cell: quoted when it holds a separator, a quote or a line break; quotes inside are doubled. */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A whole file: the BOM, then one line per row, separated by CRLF (what Excel writes and reads best). */
export function toCsv(rows: readonly (readonly string[])[], separator: CsvSeparator): string {
  const lines = rows.map((row) => row.map(csvField).join(separator));
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}
