import type { GraphStore } from '../data/exports.js';
import { entityPages, outgoingRelations, quotesById, rolesOf } from '../data/exports.js';
import type { CitationRow, EditMarksRow, EntityRow, RoleRow } from '../data/index.js';
import { staffNoteLines } from './edits-json.js';

// Popolo JSON (https://www.popoloproject.com/specs/): persons, organizations and memberships. Municipalities,
// bodies, health trusts and colleges are organizations (classification says which); a role held in one of them
// is a membership, with on_behalf_of_id when the person represents someone. Roles held in projects, meetings and
// cases have no place in Popolo and are left out. Every record lists its sources: the quote, and the document; and
// each approved edit that wrote it (graph.json's `editIds`), a staff note with its marker: "registrert av
// sekretariatet (author, day): note".

const ORGANIZATION_KINDS = ['ORGANIZATION', 'MUNICIPALITY', 'UNIVERSITY'] as const;

/** What the Popolo records need to list a fact's sources: the quotes, the staff notes, the address. */
interface Sources {
  quotes: Map<string, CitationRow>;
  notes: Map<string, string>;
  baseUrl: string;
}

/**
 * A record's sources: its quotes with their documents, then each approved edit that wrote it, linked to the history
 * page that lists it (`#<edit id>`), its note the edit's id, or for a staff note the marker, author, day and note.
 * Popolo records take no other properties (its schemas forbid them), so the provenance is written as sources.
 */
function popoloSources(fact: EditMarksRow & { citationIds: string[] }, historyOf: string, sources: Sources) {
  const cited = fact.citationIds
    .map((id) => sources.quotes.get(id))
    .filter((citation): citation is CitationRow => citation !== undefined)
    .map((citation) => ({ url: `${sources.baseUrl}/entity/${citation.documentId}`, note: citation.quote }));
  const edited = [...new Set([...fact.editIds, ...fact.noteEditIds])].map((editId) => ({
    url: `${sources.baseUrl}/entity/${historyOf}/historikk#${editId}`,
    note: (fact.noteEditIds.includes(editId) ? sources.notes.get(editId) : undefined) ?? editId,
  }));
  return [...cited, ...edited];
}

function personJson(person: EntityRow, sources: Sources) {
  return {
    id: person.id,
    name: person.name,
    ...(person.aliases.length > 0
      ? { other_names: person.aliases.map((name) => ({ name, note: 'spelling in a source' })) }
      : {}),
    sources: popoloSources(person, person.id, sources),
  };
}

function organizationJson(org: EntityRow, parentId: string | undefined, sources: Sources) {
  const classification =
    org.kind === 'MUNICIPALITY'
      ? 'municipality'
      : org.kind === 'UNIVERSITY'
        ? (org.type ?? 'university')
        : (org.type ?? 'organization');
  return {
    id: org.id,
    name: org.name,
    classification,
    ...(parentId ? { parent_id: parentId } : {}),
    ...(org.aliases.length > 0 ? { other_names: org.aliases.map((name) => ({ name })) } : {}),
    ...(org.start ? { founding_date: org.start } : {}),
    ...(org.end ? { dissolution_date: org.end } : {}),
    sources: popoloSources(org, org.id, sources),
  };
}

function membershipJson(role: RoleRow, sources: Sources) {
  return {
    id: role.id,
    person_id: role.personId,
    organization_id: role.heldInId,
    role: role.title,
    ...(role.onBehalfOfId && role.onBehalfOfId !== role.heldInId ? { on_behalf_of_id: role.onBehalfOfId } : {}),
    ...(role.validFrom ? { start_date: role.validFrom } : {}),
    ...(role.validTo ? { end_date: role.validTo } : {}),
    sources: popoloSources(role, role.personId, sources),
  };
}

/** Streams persons, organizations and memberships as one Popolo JSON document. */
export async function* popolo(store: GraphStore, baseUrl: string): AsyncGenerator<string> {
  const notes = await staffNoteLines(store);
  yield '{"persons":[\n';
  let first = true;
  for await (const page of entityPages(store, ['PERSON'])) {
    const quotes = await quotesById(
      store,
      page.flatMap((person) => person.citationIds),
    );
    for (const person of page) {
      yield `${first ? '' : ',\n'}${JSON.stringify(personJson(person, { quotes, notes, baseUrl }))}`;
      first = false;
    }
  }
  yield '\n],\n"organizations":[\n';
  first = true;
  for await (const page of entityPages(store, [...ORGANIZATION_KINDS])) {
    const parents = new Map<string, string>();
    for (const relation of await outgoingRelations(
      store,
      page.map((org) => org.id),
    )) {
      if (relation.type === 'PART_OF' && !parents.has(relation.fromId)) parents.set(relation.fromId, relation.toId);
    }
    const quotes = await quotesById(
      store,
      page.flatMap((org) => org.citationIds),
    );
    for (const org of page) {
      yield `${first ? '' : ',\n'}${JSON.stringify(organizationJson(org, parents.get(org.id), { quotes, notes, baseUrl }))}`;
      first = false;
    }
  }
  yield '\n],\n"memberships":[\n';
  first = true;
  for await (const page of entityPages(store, ['PERSON'])) {
    const roles = (
      await rolesOf(
        store,
        page.map((person) => person.id),
      )
    ).filter((role) => role.heldInKind !== null && (ORGANIZATION_KINDS as readonly string[]).includes(role.heldInKind));
    const quotes = await quotesById(
      store,
      roles.flatMap((role) => role.citationIds),
    );
    for (const role of roles) {
      yield `${first ? '' : ',\n'}${JSON.stringify(membershipJson(role, { quotes, notes, baseUrl }))}`;
      first = false;
    }
  }
  yield '\n]}\n';
}
