// CSV that Excel opens correctly: UTF-8 with a byte-order mark, ";" by default (Norwegian Excel uses the comma as
// the decimal mark, so it expects ";" between fields), CRLF line ends, and every field that needs it quoted.

export type Separator = ';' | ',';

export const BOM = '\uFEFF';

/** One CSV field, quoted when it holds the separator, a quote, or a line break. */
export function csvField(value: string | number | null | undefined, separator: Separator): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /["\r\n]/.test(text) || text.includes(separator) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line, with its line end. */
export function csvLine(fields: readonly (string | number | null | undefined)[], separator: Separator): string {
  return `${fields.map((field) => csvField(field, separator)).join(separator)}\r\n`;
}

/** A whole CSV document: BOM, header, rows. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null | undefined)[])[],
  separator: Separator,
): string {
  return BOM + csvLine(header, separator) + rows.map((row) => csvLine(row, separator)).join('');
}
