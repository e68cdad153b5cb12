// The "who represents whom" table as data: which columns and rows are shown, and the CSV of exactly that.
// Pure functions over plain shapes (a subset of the GraphQL result), so the page and the unit tests share them.
import { type CsvSeparator, toCsv } from './csv';

export interface MatrixRole {
  id: string;
  title: string;
  validFrom?: string | null;
  validTo?: string | null;
  periodStated: boolean;
  person: { id: string; name: string };
  citations: readonly { quote: string; document: { id: string; name: string } }[];
}

export interface MatrixEntity {
  id: string;
  name: string;
}

export interface Matrix {
  municipalities: readonly (MatrixEntity & { aliases?: readonly string[] })[];
  /** Most widely represented first (the API's order). */
  bodies: readonly MatrixEntity[];
  cells: readonly { municipality: { id: string }; body: { id: string } | null; roles: readonly MatrixRole[] }[];
}

/** The column id of a municipality's own offices (cells without a body); also its value in the URL. */
export const OWN_OFFICES = 'egne';

/** How many bodies the table shows before the user chooses: enough to be useful, few enough to fit a laptop. */
export const DEFAULT_BODY_COUNT = 6;

export interface Column {
  /** A body id, or OWN_OFFICES. */
  id: string;
  /** The body, or null for the own-offices column. */
  body: MatrixEntity | null;
  /** Municipalities with at least one role in this column (over the whole matrix, not the filtered rows). */
  municipalityCount: number;
}

export interface Row {
  municipality: MatrixEntity;
  /** The roles in each shown column, in column order. */
  cells: (readonly MatrixRole[])[];
}

export interface MatrixView {
  /** Every column the user can choose from: own offices first, then the bodies in the API's order. */
  choices: Column[];
  columns: Column[];
  rows: Row[];
  roleCount: number;
  /** Chosen bodies that have no representatives in this matrix (e.g. not on the chosen date). */
  missingCount: number;
}

const cellKey = (municipalityId: string, columnId: string) => `${municipalityId}|${columnId}`;

/** Lower case without diacritics, and æ/ø/å spelt out, so "froya" finds Frøya and "orland" finds Ørland. */
export function foldName(text: string): string {
  return text
    .toLocaleLowerCase('nb')
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'o')
    .replaceAll('å', 'a')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .trim();
}

/** The columns shown when the URL does not choose any: own offices and the most widely represented bodies. */
export function defaultColumnIds(matrix: Matrix): string[] {
  return [OWN_OFFICES, ...matrix.bodies.slice(0, DEFAULT_BODY_COUNT).map((body) => body.id)];
}

/**
 * The table for a selection: `chosen` is the column ids from the URL (null = the default), `municipalityText` the
 * text filter. Rows keep the API's order (by name); a municipality with nothing in the shown columns is still a
 * row, so "no representative" is visible rather than silently missing.
 */
export function buildView(matrix: Matrix, chosen: readonly string[] | null, municipalityText: string): MatrixView {
  const byCell = new Map<string, readonly MatrixRole[]>();
  const counts = new Map<string, number>();
  for (const cell of matrix.cells) {
    const columnId = cell.body?.id ?? OWN_OFFICES;
    if (cell.roles.length === 0) continue;
    byCell.set(cellKey(cell.municipality.id, columnId), cell.roles);
    counts.set(columnId, (counts.get(columnId) ?? 0) + 1);
  }
  const choices: Column[] = [
    { id: OWN_OFFICES, body: null, municipalityCount: counts.get(OWN_OFFICES) ?? 0 },
    ...matrix.bodies.map((body) => ({ id: body.id, body, municipalityCount: counts.get(body.id) ?? 0 })),
  ];
  const wanted = new Set(chosen ?? defaultColumnIds(matrix));
  const columns = choices.filter((column) => wanted.has(column.id));
  const missingCount = [...wanted].filter((id) => !choices.some((column) => column.id === id)).length;

  const needle = foldName(municipalityText);
  const rows = matrix.municipalities
    .filter(
      (municipality) =>
        needle === '' ||
        [municipality.name, ...(municipality.aliases ?? [])].some((name) => foldName(name).includes(needle)),
    )
    .map((municipality) => ({
      municipality: { id: municipality.id, name: municipality.name },
      cells: columns.map((column) => byCell.get(cellKey(municipality.id, column.id)) ?? []),
    }));
  const roleCount = rows.reduce((sum, row) => sum + row.cells.reduce((cellSum, roles) => cellSum + roles.length, 0), 0);
  return { choices, columns, rows, roleCount, missingCount };
}

/** The documents a role is cited from, each once, in citation order. */
export function sourceTitles(role: MatrixRole): string[] {
  return [...new Set(role.citations.map((citation) => citation.document.name))];
}

export interface RepresentationCsvLabels {
  /** kommune, organ, person, rolle, fra, til, kilde — in the UI language. */
  headers: readonly [string, string, string, string, string, string, string];
  /** The organ cell of the own-offices column. */
  ownOffices: string;
}

/**
 * The CSV of exactly what the table shows: one line per municipality × column × role, in table order. Several
 * source documents share one cell, separated by " | ".
 */
export function representationCsv(view: MatrixView, labels: RepresentationCsvLabels, separator: CsvSeparator): string {
  const lines: string[][] = [[...labels.headers]];
  for (const row of view.rows) {
    view.columns.forEach((column, index) => {
      for (const role of row.cells[index] ?? []) {
        lines.push([
          row.municipality.name,
          column.body?.name ?? labels.ownOffices,
          role.person.name,
          role.title,
          role.validFrom ?? '',
          role.validTo ?? '',
          sourceTitles(role).join(' | '),
        ]);
      }
    });
  }
  return toCsv(lines, separator);
}

/** A compact period: "2022" for a whole calendar year, the date for one day, else "from – to". */
export function compactPeriod(validFrom?: string | null, validTo?: string | null): string {
  if (!validFrom && !validTo) return '–';
  if (validFrom && validFrom === validTo) return validFrom;
  const year = validFrom?.slice(0, 4);
  if (validFrom === `${year}-01-01` && validTo === `${year}-12-31`) return year ?? '';
  return `${validFrom ?? '…'} – ${validTo ?? '…'}`;
}

/** True for a real calendar date written YYYY-MM-DD (what <input type="date"> gives and the API accepts). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}
