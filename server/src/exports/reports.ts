// The named reports of the Reports page, as CSV and JSON downloads. Each report is a GraphQL query (the same the
// API answers) and a flattening of its answer into rows, with column names in the chosen language.
import { compareNames } from '../domain/names.js';
import { OWN_OFFICES } from '../domain/representation.js';

export type Language = 'nb' | 'en';
type Cell = string | number | null;
type Data = Record<string, unknown>;

export interface ReportDefinition {
  /** The GraphQL query the report runs. */
  query: string;
  /** Query variables from the download URL's parameters. */
  variables(params: URLSearchParams): Record<string, unknown>;
  columns: Record<Language, string[]>;
  /** The rows of the answer; `params` are the download's, for what the query cannot select. */
  rows(data: Data, language: Language, params: URLSearchParams): Cell[][];
}

const list = (params: URLSearchParams, name: string) => {
  const values = params
    .getAll(name)
    .flatMap((value) => value.split(','))
    .filter((value) => value !== '');
  return values.length > 0 ? values : null;
};
const optional = (params: URLSearchParams, name: string) => params.get(name) || null;
const optionalInt = (params: URLSearchParams, name: string) => (params.get(name) ? Number(params.get(name)) : null);

interface RoleData {
  title: string;
  validFrom: string | null;
  validTo: string | null;
  /** False when the source states no period and the one shown is the document's (kildens periode). */
  periodStated: boolean;
  person: { name: string };
  citations: { quote: string; document: { name: string } }[];
}
interface Named {
  id: string;
  name: string;
  kind?: string;
}

const NOT_STATED: Record<Language, string> = { nb: 'ikke oppgitt', en: 'not stated' };
/** The group of grants with no key: no project is not an unstated recipient. */
const NO_GROUP: Record<Language, Record<string, string>> = {
  nb: {
    FUNDER: 'giver ikke oppgitt',
    RECIPIENT: 'mottaker ikke oppgitt',
    PROJECT: 'ingen prosjekt',
    YEAR: 'år ikke oppgitt',
  },
  en: {
    FUNDER: 'funder not stated',
    RECIPIENT: 'recipient not stated',
    PROJECT: 'no project',
    YEAR: 'year not stated',
  },
};
const LEVEL_WORDS: Record<Language, Record<string, string>> = {
  nb: { TOP: 'øverste nivå (hver krone én gang)', DETAILED: 'der pengene endte (hver krone én gang)' },
  en: { TOP: 'top level (each krone once)', DETAILED: 'where the money ended up (each krone once)' },
};
const CHANGE_WORDS: Record<Language, Record<string, string>> = {
  nb: { CAME: 'kom til', LEFT: 'gikk ut', CHANGED: 'endret tittel' },
  en: { CAME: 'came', LEFT: 'left', CHANGED: 'changed title' },
};

// The documents a role is cited from, each once; " | " keeps them apart without a separator of the file.
const sourcesOf = (role: RoleData) =>
  [...new Set(role.citations.map((citation) => citation.document.name))].join(' | ');
// The quotes a role rests on, each once, in the order the graph cites them.
const quotesOf = (role: RoleData) => [...new Set(role.citations.map((citation) => citation.quote))].join(' | ');
const OWN_OFFICES_NAME: Record<Language, string> = { nb: 'Kommunens egne verv', en: "The municipality's own offices" };
const YES_NO: Record<Language, [string, string]> = { nb: ['ja', 'nei'], en: ['yes', 'no'] };

// A download's file name in the language of its columns, with the day (or years) the report is for rather than the
// day it was fetched: "finansiering-2022.csv", "representasjon-2021-11-05.csv", "endringer-2021-01-01-2022-12-31.csv".
const FILE_NAMES: Record<string, Record<Language, string>> = {
  representation: { nb: 'representasjon', en: 'representation' },
  funding: { nb: 'finansiering', en: 'funding' },
  grants: { nb: 'tilskudd', en: 'grants' },
  changes: { nb: 'endringer', en: 'changes' },
  'role-counts': { nb: 'verv', en: 'role-counts' },
  collaboration: { nb: 'samarbeid', en: 'collaboration' },
};
const ALL_PERIODS: Record<Language, string> = { nb: 'alle-perioder', en: 'all-periods' };

/** The file name of report `name` downloaded with `params`, without its extension. */
export function reportFileName(name: string, language: Language, params: URLSearchParams): string {
  const base = FILE_NAMES[name]?.[language] ?? name;
  const from = optional(params, 'fra');
  const to = optional(params, 'til');
  const when =
    optional(params, 'dato') ?? optional(params, 'aar') ?? (from || to ? [from, to].filter(Boolean).join('-') : null);
  // Only digits and dashes from the parameters reach the header: nothing else a name could carry.
  return `${base}-${when && /^[\d-]+$/.test(when) ? when : ALL_PERIODS[language]}`;
}

export const REPORTS: Record<string, ReportDefinition> = {
  // "Who represents whom" as the page shows it: `organ` names the columns in their order (a body id, or
  // OWN_OFFICES for the municipality's own offices; all of them when absent), `kommune` the rows. One line per
  // role, by municipality in Norwegian order, then column by column.
  representation: {
    query: `query ($asOf: Date, $municipalities: [ID!]) {
      representation(asOf: $asOf, municipalities: $municipalities) {
        bodies { id }
        cells {
          municipality { name } body { id name }
          roles { title validFrom validTo periodStated person { name } citations { quote document { name } } }
        }
      }
    }`,
    variables: (params) => ({ asOf: optional(params, 'dato'), municipalities: list(params, 'kommune') }),
    columns: {
      // "periode fra dokumentet": yes when the source states no period and from–to are the document's (the
      // page's asterisk, kildens periode), so a spreadsheet can tell a stated period from an assumed one.
      nb: ['kommune', 'organ', 'person', 'rolle', 'fra', 'til', 'kilde', 'sitat', 'periode fra dokumentet'],
      en: ['municipality', 'body', 'person', 'role', 'from', 'to', 'source', 'quote', 'period from the document'],
    },
    rows: (data, language, params) => {
      const matrix = data.representation as {
        bodies: { id: string }[];
        cells: { municipality: Named; body: Named | null; roles: RoleData[] }[];
      };
      const order = list(params, 'organ') ?? [OWN_OFFICES, ...matrix.bodies.map((body) => body.id)];
      const column = (cell: { body: Named | null }) => order.indexOf(cell.body?.id ?? OWN_OFFICES);
      return matrix.cells
        .filter((cell) => column(cell) >= 0)
        .sort((a, b) => compareNames(a.municipality.name, b.municipality.name) || column(a) - column(b))
        .flatMap((cell) =>
          cell.roles.map((role): Cell[] => [
            cell.municipality.name,
            cell.body?.name ?? OWN_OFFICES_NAME[language],
            role.person.name,
            role.title,
            role.validFrom,
            role.validTo,
            sourcesOf(role),
            quotesOf(role),
            YES_NO[language][role.periodStated ? 1 : 0] ?? null,
          ]),
        );
    },
  },
  funding: {
    query: `query ($groupBy: FundingGroup!, $year: Int, $funder: ID, $recipient: ID, $level: FundingLevel) {
      fundingTotals(groupBy: $groupBy, year: $year, funder: $funder, recipient: $recipient, level: $level) {
        groupBy level rows { entity { name kind } year totalNok grants grantsWithoutAmount }
      }
    }`,
    variables: (params) => ({
      groupBy: (optional(params, 'gruppering') ?? 'FUNDER').toUpperCase(),
      year: optionalInt(params, 'aar'),
      funder: optional(params, 'giver'),
      recipient: optional(params, 'mottaker'),
      level: optional(params, 'nivaa')?.toUpperCase() ?? null,
    }),
    // An amount no text states is an empty cell (null in JSON), never 0; the last column says which grants were added.
    columns: {
      nb: ['gruppe', 'beløp (kr)', 'tilskudd', 'uten oppgitt beløp', 'talt nivå'],
      en: ['group', 'amount (NOK)', 'grants', 'without a stated amount', 'level counted'],
    },
    rows: (data, language) => {
      const report = data.fundingTotals as {
        groupBy: string;
        level: string;
        rows: {
          entity: Named | null;
          year: number | null;
          totalNok: number | null;
          grants: number;
          grantsWithoutAmount: number;
        }[];
      };
      return report.rows.map((row) => [
        row.entity?.name ?? row.year ?? (NO_GROUP[language][report.groupBy] || NOT_STATED[language]),
        row.totalNok,
        row.grants,
        row.grantsWithoutAmount,
        LEVEL_WORDS[language][report.level] ?? report.level,
      ]);
    },
  },
  'role-counts': {
    query: `query ($groupBy: RoleCountGroup!, $asOf: Date) {
      roleCounts(groupBy: $groupBy, asOf: $asOf) { entity { name kind } roles people }
    }`,
    variables: (params) => ({
      groupBy: (optional(params, 'gruppering') ?? 'BODY').toUpperCase(),
      asOf: optional(params, 'dato'),
    }),
    columns: { nb: ['navn', 'type', 'roller', 'personer'], en: ['name', 'kind', 'roles', 'people'] },
    rows: (data) =>
      (data.roleCounts as { entity: Named; roles: number; people: number }[]).map((row) => [
        row.entity.name,
        row.entity.kind ?? '',
        row.roles,
        row.people,
      ]),
  },
  collaboration: {
    query: `query ($asOf: Date) {
      universityCollaboration(asOf: $asOf) { university { name } municipality { name } projects { name } }
    }`,
    variables: (params) => ({ asOf: optional(params, 'dato') }),
    columns: {
      nb: ['universitet/høgskole', 'kommune', 'prosjekter'],
      en: ['university/college', 'municipality', 'projects'],
    },
    rows: (data) =>
      (data.universityCollaboration as { university: Named; municipality: Named; projects: Named[] }[]).map((row) => [
        row.university.name,
        row.municipality.name,
        row.projects.map((project) => project.name).join('; '),
      ]),
  },
  changes: {
    query: `query ($from: Date!, $to: Date!, $municipality: ID, $body: ID) {
      changes(from: $from, to: $to, municipality: $municipality, body: $body) {
        changes { kind person { name } place { name } onBehalfOf { name } before { title } after { title } }
      }
    }`,
    variables: (params) => ({
      from: optional(params, 'fra'),
      to: optional(params, 'til'),
      municipality: optional(params, 'kommune'),
      body: optional(params, 'organ'),
    }),
    columns: {
      nb: ['endring', 'person', 'hvor', 'på vegne av', 'før', 'etter'],
      en: ['change', 'person', 'where', 'on behalf of', 'before', 'after'],
    },
    rows: (data, language) =>
      (
        data.changes as {
          changes: {
            kind: string;
            person: Named;
            place: Named | null;
            onBehalfOf: Named | null;
            before: { title: string }[];
            after: { title: string }[];
          }[];
        }
      ).changes.map((change) => [
        CHANGE_WORDS[language][change.kind] ?? change.kind,
        change.person.name,
        change.place?.name ?? '',
        change.onBehalfOf?.name ?? '',
        change.before.map((role) => role.title).join('; '),
        change.after.map((role) => role.title).join('; '),
      ]),
  },
  grants: {
    query: `query ($funder: ID, $recipient: ID, $year: Int) {
      grants(filter: { funder: $funder, recipient: $recipient, year: $year }, first: 500) {
        edges { node { ... on Grant { name amountNok year funder { name } recipients { name } partOf { name } } } }
      }
    }`,
    variables: (params) => ({
      funder: optional(params, 'giver'),
      recipient: optional(params, 'mottaker'),
      year: optionalInt(params, 'aar'),
    }),
    columns: {
      nb: ['tilskudd', 'beløp (kr)', 'år', 'gitt av', 'mottaker', 'del av'],
      en: ['grant', 'amount (NOK)', 'year', 'granted by', 'recipient', 'part of'],
    },
    rows: (data) =>
      (
        data.grants as {
          edges: {
            node: {
              name: string;
              amountNok: number | null;
              year: number | null;
              funder: Named | null;
              recipients: Named[];
              partOf: Named | null;
            };
          }[];
        }
      ).edges.map(({ node }) => [
        node.name,
        node.amountNok,
        node.year,
        node.funder?.name ?? '',
        node.recipients.map((recipient) => recipient.name).join('; '),
        node.partOf?.name ?? '',
      ]),
  },
};
