import type { GraphStore } from '../data/exports.js';
import { entityPages, outgoingRelations, quotesById, rolesOf } from '../data/exports.js';
import type { CitationRow, EditMarksRow, EntityRow } from '../data/index.js';
import { staffNoteLines } from './edits-json.js';

// GraphML (opens in Gephi and yEd): entities are nodes; fact relationships and roles are edges. Roles become
// edges person → place (HOLDS_ROLE) and person → whom they represent (REPRESENTS), titled. Each edge carries its
// period and its sources (quotes with their documents). What approved edits wrote carries its provenance, as the
// JSON export does: `editIds` (the edits that wrote it) and `staffNotes` (registrert av sekretariatet, with the
// author, for a fact that rests on a staff note rather than a document).

const NODE_KEYS = [
  'kind',
  'name',
  'aliases',
  'type',
  'county',
  'status',
  'date',
  'amountNok',
  'year',
  'editIds',
  'staffNotes',
] as const;
const EDGE_KEYS = ['type', 'label', 'validFrom', 'validTo', 'sources', 'editIds', 'staffNotes'] as const;

/** A fact's edit provenance as GraphML values: the edits that wrote it, and the staff notes it rests on. */
function provenance(fact: EditMarksRow, notes: Map<string, string>): { editIds: string; staffNotes: string } {
  return {
    editIds: fact.editIds.join('; '),
    staffNotes: fact.noteEditIds
      .map((id) => notes.get(id))
      .filter((line): line is string => line !== undefined)
      .join(' | '),
  };
}

/** Whether a character may appear in an XML 1.0 document (PDF text can hold control characters that may not). */
function allowedInXml(char: string): boolean {
  const code = char.charCodeAt(0);
  return code >= 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

/** Escapes text for an XML attribute or element, dropping characters XML 1.0 does not allow. */
export function xmlEscape(text: string): string {
  return [...text]
    .filter(allowedInXml)
    .join('')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function data(key: string, value: string | number | null | undefined): string {
  return value === null || value === undefined || value === ''
    ? ''
    : `<data key="${key}">${xmlEscape(String(value))}</data>`;
}

function nodeXml(entity: EntityRow, notes: Map<string, string>): string {
  const values: Record<(typeof NODE_KEYS)[number], string | number | null | undefined> = {
    kind: entity.kind,
    name: entity.name,
    aliases: entity.aliases.join('; '),
    type: entity.type,
    county: entity.county,
    status: entity.status,
    date: entity.date,
    amountNok: entity.amountNok,
    year: entity.year,
    ...provenance(entity, notes),
  };
  return `  <node id="${xmlEscape(entity.id)}">${NODE_KEYS.map((key) => data(`n_${key}`, values[key])).join('')}</node>\n`;
}

function sources(ids: string[], quotes: Map<string, CitationRow>): string {
  return ids
    .map((id) => quotes.get(id))
    .filter((citation): citation is CitationRow => citation !== undefined)
    .map((citation) => `${citation.documentId}: «${citation.quote}»`)
    .join(' | ');
}

interface EdgeValues extends EditMarksRow {
  id: string;
  from: string;
  to: string;
  type: string;
  label: string | null;
  validFrom: string | null;
  validTo: string | null;
  citationIds: string[];
}

function edgeXml(edge: EdgeValues, quotes: Map<string, CitationRow>, notes: Map<string, string>): string {
  const values: Record<(typeof EDGE_KEYS)[number], string | null> = {
    type: edge.type,
    label: edge.label,
    validFrom: edge.validFrom,
    validTo: edge.validTo,
    sources: sources(edge.citationIds, quotes),
    ...provenance(edge, notes),
  };
  return `  <edge id="${xmlEscape(edge.id)}" source="${xmlEscape(edge.from)}" target="${xmlEscape(edge.to)}">${EDGE_KEYS.map((key) => data(`e_${key}`, values[key])).join('')}</edge>\n`;
}

/** Streams the graph as GraphML. */
export async function* graphml(store: GraphStore): AsyncGenerator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
  for (const key of NODE_KEYS) {
    const type = key === 'amountNok' || key === 'year' ? 'long' : 'string';
    yield `  <key id="n_${key}" for="node" attr.name="${key}" attr.type="${type}"/>\n`;
  }
  for (const key of EDGE_KEYS) yield `  <key id="e_${key}" for="edge" attr.name="${key}" attr.type="string"/>\n`;
  yield '  <graph id="regiongraf" edgedefault="directed">\n';
  const notes = await staffNoteLines(store);
  for await (const page of entityPages(store)) {
    yield page.map((entity) => nodeXml(entity, notes)).join('');
  }
  for await (const page of entityPages(store)) {
    const relations = await outgoingRelations(
      store,
      page.map((entity) => entity.id),
    );
    const roles = await rolesOf(
      store,
      page.filter((entity) => entity.kind === 'PERSON').map((entity) => entity.id),
    );
    const quotes = await quotesById(store, [
      ...relations.flatMap((relation) => relation.citationIds),
      ...roles.flatMap((role) => role.citationIds),
    ]);
    let chunk = '';
    for (const relation of relations) {
      chunk += edgeXml({ ...relation, from: relation.fromId, to: relation.toId, label: relation.as }, quotes, notes);
    }
    for (const role of roles) {
      const base = {
        label: role.title,
        validFrom: role.validFrom,
        validTo: role.validTo,
        citationIds: role.citationIds,
        version: role.version,
        editIds: role.editIds,
        noteEditIds: role.noteEditIds,
      };
      if (role.heldInId) {
        chunk += edgeXml(
          { ...base, id: `${role.id}#holds_role`, from: role.personId, to: role.heldInId, type: 'HOLDS_ROLE' },
          quotes,
          notes,
        );
      }
      if (role.onBehalfOfId && role.onBehalfOfId !== role.heldInId) {
        chunk += edgeXml(
          { ...base, id: `${role.id}#represents`, from: role.personId, to: role.onBehalfOfId, type: 'REPRESENTS' },
          quotes,
          notes,
        );
      }
    }
    yield chunk;
  }
  yield '  </graph>\n</graphml>\n';
}
