import DataLoader from 'dataloader';
import {
  citationsById,
  citationsOfDocuments,
  entitiesCitingDocuments,
  relationsCitingDocuments,
  rolesCitingDocuments,
} from '../cypher/index.js';
import { type FoldedText, foldedText, quoteSpan, type TextSpan } from '../domain/spans.js';
import type { Row } from '../graph/store.js';
import { type Batch, byId, groupedByOwner, groupLoader } from './batch.js';
import { documentText } from './documents.js';
import { uploadedTexts } from './ingest.js';
import { toCitationRow, toEntityRow, toRelationRow, toRoleRow } from './mapping.js';
import type { CitationRow, EntityRow, RelationRow, RoleRow } from './rows.js';

/** A document's text as its quotes refer to it, with each page's start (docs/ingest.md). */
export interface DocumentTextRow {
  text: string;
  pageStarts: number[];
}

/** A fact a quote supports: an entity, a role or a relation that cites it. */
export type CitedFactRow = EntityRow | RoleRow | RelationRow;

/** Citations (document + verbatim quote). */
export interface CitationsData {
  /** One citation by id per load, batched. */
  byId: DataLoader<string, CitationRow | null>;
  /** The quotes taken from each document, batched. */
  ofDocument: DataLoader<string, CitationRow[]>;
  /**
   * Citations by id, in the order asked. A fact whose citation is not in the graph is a broken graph, not a fact
   * without a source: it fails (logged, an INTERNAL_SERVER_ERROR to the client) rather than show fewer sources.
   */
  many(ids: readonly string[]): Promise<CitationRow[]>;
  /** A document's text: an uploaded one's stored text (batched, once per request), a seed document's file. */
  text(document: EntityRow): Promise<DocumentTextRow>;
  /** Where a quote of this document stands in its text (null when it is not found), the text folded once per request. */
  span(citation: CitationRow, document: EntityRow): TextSpan | null | Promise<TextSpan | null>;
  /** The facts citing each quote of a document, by citation id: three statements per wave of documents. */
  factsOfDocument: DataLoader<string, Map<string, CitedFactRow[]>>;
}

export function citationsData(batch: Batch): CitationsData {
  const loader = new DataLoader<string, CitationRow | null>(
    async (ids) => {
      const rows = await batch.reader.read(citationsById, { ids: [...ids] });
      // Each citation's document comes with it: the source the page names beside the quote.
      batch.prime.entities(rows.map((row) => row.document));
      return byId(
        rows.map((row) => toCitationRow(row.citation as Row)),
        ids,
      );
    },
    batch.options as DataLoader.Options<string, CitationRow | null>,
  );
  const stored = new DataLoader<string, DocumentTextRow | null>(
    async (ids) => {
      const found = await uploadedTexts((statement, params) => batch.reader.read(statement, params), ids);
      return ids.map((id) => found.get(id) ?? null);
    },
    batch.options as DataLoader.Options<string, DocumentTextRow | null>,
  );
  const folded = new Map<string, Promise<FoldedText>>();
  // The folded texts already read, for the quotes after the first of each document: their span without a wait.
  const foldedRead = new Map<string, FoldedText>();

  async function text(document: EntityRow): Promise<DocumentTextRow> {
    if (document.sha256) {
      const row = await stored.load(document.id);
      if (!row) throw new Error(`The stored text of the uploaded document ${document.id} is missing`);
      return row;
    }
    const written = documentText(document.file ?? '');
    if (written === null) throw new Error(`The text of ${document.id} (${document.file}) is missing from seed/sources`);
    return { text: written, pageStarts: [0] };
  }

  const factsOfDocument = new DataLoader<string, Map<string, CitedFactRow[]>>(
    async (ids) => {
      const params = { ids: [...ids] };
      const [entities, roles, relations] = await Promise.all([
        batch.reader.read(entitiesCitingDocuments, params),
        batch.reader.read(rolesCitingDocuments, params),
        batch.reader.read(relationsCitingDocuments, params),
      ]);
      const perKind = [
        groupedByOwner(entities, ids, 'entity', toEntityRow),
        groupedByOwner(roles, ids, 'role', toRoleRow),
        groupedByOwner(relations, ids, 'relation', toRelationRow),
      ];
      return ids.map((_id, index) => {
        const byCitation = new Map<string, CitedFactRow[]>();
        for (const facts of perKind) {
          for (const fact of facts[index] as CitedFactRow[]) {
            for (const citationId of fact.citationIds) {
              const list = byCitation.get(citationId);
              if (list) list.push(fact);
              else byCitation.set(citationId, [fact]);
            }
          }
        }
        return byCitation;
      });
    },
    batch.options as DataLoader.Options<string, Map<string, CitedFactRow[]>>,
  );

  return {
    byId: loader,
    ofDocument: groupLoader(batch, citationsOfDocuments, 'citation', toCitationRow),
    async many(ids) {
      const rows = await loader.loadMany([...ids]);
      const missing = ids.filter((_id, index) => rows[index] === null || rows[index] instanceof Error);
      if (missing.length > 0) throw new Error(`Citations missing from the graph: ${missing.join(', ')}`);
      return rows as CitationRow[];
    },
    text,
    span(citation, document) {
      const read = foldedRead.get(document.id);
      if (read) return quoteSpan(read, citation.quote, citation.offset);
      // A document without a text to read (a seed file not shipped, as in the benchmark's synthetic graph) has no
      // place for the quote: the span is null, as for a quote not found, and the rest of the answer stands.
      if (!document.sha256 && documentText(document.file ?? '') === null) return null;
      let foldedOf = folded.get(document.id);
      if (!foldedOf) {
        foldedOf = text(document).then((row) => {
          const value = foldedText(row.text);
          foldedRead.set(document.id, value);
          return value;
        });
        folded.set(document.id, foldedOf);
      }
      return foldedOf.then((value) => quoteSpan(value, citation.quote, citation.offset));
    },
    factsOfDocument,
  };
}
