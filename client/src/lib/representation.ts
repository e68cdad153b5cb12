// The "who represents whom" table as data: which columns and rows are shown, and the address of the server's CSV
// of exactly that. Pure functions over plain shapes (a subset of the GraphQL result), so the page and the unit
// tests share them.
import type { FragmentType } from '../generated';
import type { RepresentationRolesRoleFragmentDoc } from '../generated/graphql';
import type { Language } from '../i18n/I18nProvider';
import { formatPeriod } from './dates';
import { byName, foldName, MUNICIPALITY_PAGE, OWN_OFFICES } from './domain';
import { reportExportUrl, type Separator } from './reports';

export { MUNICIPALITY_PAGE, OWN_OFFICES };

/** A role in a cell, as the cell's component reads it (through its fragment). */
export type MatrixRole = FragmentType<typeof RepresentationRolesRoleFragmentDoc>;

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

/**
 * The pages of municipalities loaded so far as one matrix: their rows and cells together, and the bodies of every
 * page, each once, in the order they first appear (the first page's are the most widely represented).
 */
export function mergePages<M extends Matrix>(pages: readonly M[]): Matrix {
  const bodies = new Map<string, MatrixEntity>();
  for (const page of pages) for (const body of page.bodies) if (!bodies.has(body.id)) bodies.set(body.id, body);
  return {
    municipalities: pages.flatMap((page) => page.municipalities),
    bodies: [...bodies.values()],
    cells: pages.flatMap((page) => page.cells),
  };
}

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

/** The columns shown when the URL does not choose any: own offices and the most widely represented bodies. */
export function defaultColumnIds(matrix: Matrix): string[] {
  return [OWN_OFFICES, ...matrix.bodies.slice(0, DEFAULT_BODY_COUNT).map((body) => body.id)];
}

/**
 * The table for a selection: `chosen` is the column ids from the URL (null = the default), `municipalityText` the
 * text filter. Rows are in Norwegian alphabetical order; a municipality with nothing in the shown columns is still
 * a row, so "no representative" is visible rather than silently missing.
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
  const rows = [...matrix.municipalities]
    .sort(byName((municipality) => municipality.name))
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

/**
 * The server's CSV of exactly what the table shows: the chosen columns in their order, the municipalities the
 * text filter leaves (all of them when there is no filter), one line per role, column names in `language`.
 */
export function representationCsvUrl(
  view: MatrixView,
  asOf: string | null,
  filtered: boolean,
  options: { separator: Separator; language: Language },
): string {
  return reportExportUrl(
    'representation',
    'csv',
    {
      dato: asOf,
      kommune: filtered ? view.rows.map((row) => row.municipality.id).join(',') : null,
      organ: view.columns.map((column) => column.id).join(','),
    },
    options,
  );
}

/** A compact period: "2022" for a whole calendar year, the day for one day, else "from – to", in short dates. */
export function compactPeriod(
  validFrom: string | null | undefined,
  validTo: string | null | undefined,
  language: Language,
): string {
  return formatPeriod(validFrom, validTo, language, 'short');
}
