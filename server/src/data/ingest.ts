import {
  documentBySha,
  documentTexts,
  proposalCounts,
  proposalsCompleteOf,
  setProposalsComplete,
  upsertDocumentText,
  upsertEntities,
} from '../cypher/index.js';
import { idSlug } from '../domain/edits.js';
import { foldName } from '../domain/names.js';
import type { Gazetteer, ProposalDraft } from '../domain/proposals.js';
import type { GraphStore, Row, TransactionRunner } from '../graph/store.js';
import { classifiedProposals, writeProposals } from './proposals.js';
import { entityWriteRow } from './writes.js';

// Uploaded documents (issue 15, docs/ingest.md): stored once per content (the SHA-256 of the bytes), as a Document
// entity beside the seed's, with its extracted text in a DocumentText node of the same id.

/** What the uploader says of the document (the form fields), checked by the route. */
export interface UploadDescription {
  fileName: string;
  title: string;
  /** The document's own date (YYYY-MM-DD), when given. */
  date: string | null;
  type: string | null;
  /** The period it describes; with only a date, that day. */
  coversStart: string | null;
  coversEnd: string | null;
}

/** The extracted text of an upload as stored (ingest/extract.ts makes it). */
export interface ExtractedDocument {
  mediaType: string;
  text: string;
  pageStarts: number[];
  sha256: string;
  /** The proposals the rules read from the text (ingest/proposals/), with the gazetteer they were matched against. */
  proposals?: readonly ProposalDraft[];
  /** False when the rules did not finish (out of time or memory): the text is stored, its proposals are not. */
  proposalsComplete?: boolean;
  /** The text the rules read, when not `text` (known bytes: the text stored for them). */
  proposalsText?: string;
}

export interface StoredUpload {
  id: string;
  /** False when the same bytes were uploaded before: nothing was written. */
  created: boolean;
  /** How many proposals the document has (stored now, or before for known bytes). */
  proposals: number;
  /** Whether the rules finished on its text (known bytes whose rules had not: they are run again). */
  proposalsComplete: boolean;
}

/** The stored text of an uploaded document and where its pages start. */
export interface UploadedText {
  text: string;
  pageStarts: number[];
}

/** The id of an uploaded document: its title's slug and the start of its hash (the same bytes, the same id). */
export function uploadedDocumentId(title: string, sha256: string): string {
  return `doc:${idSlug(foldName(title)).slice(0, 40).replace(/-+$/, '') || 'dokument'}-${sha256.slice(0, 12)}`;
}

/** Stores an uploaded document and its text in one transaction, unless the same bytes are stored already. */
export async function storeUpload(
  store: GraphStore,
  extracted: ExtractedDocument,
  description: UploadDescription,
  uploader: { userId: string },
  now: Date,
  gazetteer: Gazetteer = [],
): Promise<StoredUpload> {
  try {
    return await writeUpload(store, extracted, description, uploader, now, gazetteer);
  } catch (error) {
    // Two uploads of the same bytes at once: the one that lost the race met the uniqueness of sha256.
    const [known] = await store.read(documentBySha, { sha256: extracted.sha256 });
    if (known) return knownUpload(store.read, String((known.document as Row).id));
    throw error;
  }
}

async function knownUpload(read: GraphStore['read'], id: string): Promise<StoredUpload> {
  const [counted] = await read(proposalCounts, { ids: [id], status: null });
  const [reading] = await read(proposalsCompleteOf, { ids: [id] });
  return {
    id,
    created: false,
    proposals: Number(counted?.total ?? 0),
    proposalsComplete: reading?.proposalsComplete !== false,
  };
}

/**
 * Known bytes whose rules did not finish when they were first stored: the proposals read now (if the rules finished
 * this time) are stored with the document, matched against the graph as it is now and the period it was given then.
 */
async function completeKnownUpload(
  tx: TransactionRunner,
  document: Row,
  extracted: ExtractedDocument,
  gazetteer: Gazetteer,
): Promise<StoredUpload> {
  const run = tx.run.bind(tx);
  const id = String(document.id);
  const before = await knownUpload(run, id);
  if (before.proposalsComplete || extracted.proposalsComplete === false || before.proposals > 0) return before;
  const day = (value: unknown) => (value === null || value === undefined ? null : String(value).slice(0, 10));
  const [stored] = (await uploadedTexts(run, [id])).values();
  // The rules read the stored text (storedTextOfBytes, before extraction): their spans are of that text.
  if (stored && extracted.proposalsText !== undefined && extracted.proposalsText !== stored.text) {
    return before;
  }
  const proposals = await classifiedProposals(
    run,
    { id, coversStart: day(document.coversStart), coversEnd: day(document.coversEnd) },
    stored?.text ?? extracted.text,
    extracted.proposals ?? [],
    gazetteer,
  );
  await writeProposals(run, proposals);
  await run(setProposalsComplete, { id, proposalsComplete: true });
  return { id, created: false, proposals: proposals.length, proposalsComplete: true };
}

function writeUpload(
  store: GraphStore,
  extracted: ExtractedDocument,
  description: UploadDescription,
  uploader: { userId: string },
  now: Date,
  gazetteer: Gazetteer,
): Promise<StoredUpload> {
  return store.transaction(async (tx) => {
    const [known] = await tx.run(documentBySha, { sha256: extracted.sha256 });
    if (known) return completeKnownUpload(tx, known.document as Row, extracted, gazetteer);
    const id = uploadedDocumentId(description.title, extracted.sha256);
    const row = entityWriteRow({
      id,
      kind: 'DOCUMENT',
      name: description.title,
      aliases: [],
      citationIds: [],
      props: {
        ...(description.type ? { type: description.type } : {}),
        file: description.fileName,
        mediaType: extracted.mediaType,
        sha256: extracted.sha256,
        uploadedBy: uploader.userId,
        uploadedAt: now.toISOString(),
      },
      dates: {
        ...(description.date ? { date: description.date } : {}),
        ...(description.coversStart ? { coversStart: description.coversStart } : {}),
        ...(description.coversEnd ? { coversEnd: description.coversEnd } : {}),
      },
    });
    await tx.run(upsertEntities.DOCUMENT, { rows: [row] });
    const proposalsComplete = extracted.proposalsComplete !== false;
    await tx.run(upsertDocumentText, {
      id,
      text: extracted.text,
      pageStarts: extracted.pageStarts,
      proposalsComplete,
    });
    // The proposals, matched and classified against the graph as it is in this transaction, stored with it.
    const proposals = await classifiedProposals(
      tx.run.bind(tx),
      { id, coversStart: description.coversStart, coversEnd: description.coversEnd },
      extracted.text,
      extracted.proposals ?? [],
      gazetteer,
    );
    await writeProposals(tx.run.bind(tx), proposals);
    return { id, created: true, proposals: proposals.length, proposalsComplete };
  });
}

/**
 * The text stored for these bytes (their SHA-256), when they were uploaded before: the proposal rules read it again
 * rather than a text made now (a reader since improved — a PDF's tabs — would put every quote in the wrong place).
 */
export async function storedTextOfBytes(read: GraphStore['read'], sha256: string): Promise<string | null> {
  const [known] = await read(documentBySha, { sha256 });
  if (!known) return null;
  const id = String((known.document as Row).id);
  return (await uploadedTexts(read, [id])).get(id)?.text ?? null;
}

/** The stored texts of uploaded documents by id (a seed document has none: its text is its file). */
export async function uploadedTexts(
  read: GraphStore['read'],
  ids: readonly string[],
): Promise<Map<string, UploadedText>> {
  if (ids.length === 0) return new Map();
  const rows = await read(documentTexts, { ids: [...ids] });
  return new Map(
    rows.map((row) => [
      String(row.id),
      {
        text: String(row.text),
        pageStarts: Array.isArray(row.pageStarts) ? row.pageStarts.map(Number) : [0],
      },
    ]),
  );
}
