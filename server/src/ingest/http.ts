import { createHash } from 'node:crypto';
import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { storedTextOfBytes, storeUpload, type UploadDescription } from '../data/ingest.js';
import { readGazetteer } from '../data/proposals.js';
import { roleAllows } from '../domain/access.js';
import { isIsoDate } from '../domain/dates.js';
import { foldWhitespace } from '../domain/names.js';
import { type ErrorCode, errorBody } from '../errors.js';
import type { GraphStore } from '../graph/store.js';
import { ExtractionRefusal } from './refusal.js';
import { type ExtractionBudget, ExtractionBusy, extractInWorker } from './run.js';

// POST /api/documents (issue 15, the contract): an editor uploads a document; its text is extracted in a worker
// (ingest/run.ts) and stored with it (data/ingest.ts). The same bytes uploaded again are the same document.
//
//   multipart/form-data: file (required), title, date (YYYY-MM-DD), type, coversStart, coversEnd (optional)
//   Authorization: Bearer <token of an EDITOR or above>, or a session cookie + the header apollo-require-preflight
//   → 201 {"id", "proposals"} (200 with the same id when the bytes are known); errors as {"errors": [...]}

export interface IngestOptions {
  store: GraphStore;
  /** The largest file taken in, in bytes (UPLOAD_MAX_BYTES). */
  maxBytes: number;
  budget?: ExtractionBudget;
  now?: () => Date;
}

const FIELDS = new Set(['title', 'date', 'type', 'coversStart', 'coversEnd']);

class UploadError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

function send(reply: FastifyReply, status: number, code: ErrorCode, message: string): FastifyReply {
  return reply.code(status).type('application/json; charset=utf-8').send(errorBody(code, message));
}

/** Who may upload: a signed-in EDITOR or above; a browser session must also send the CSRF header. */
function refusal(request: FastifyRequest): UploadError | null {
  const identity = request.auth?.identity;
  if (!identity) return new UploadError(401, 'UNAUTHENTICATED', 'Sign in (or send an API token) to upload documents.');
  if (!roleAllows(identity.role, 'EDITOR')) {
    return new UploadError(403, 'FORBIDDEN', 'Uploading documents needs the EDITOR role or above.');
  }
  if (identity.method === 'session' && !request.auth.csrfHeader) {
    return new UploadError(
      403,
      'FORBIDDEN',
      'A signed-in browser upload must send the header apollo-require-preflight (protection against cross-site requests).',
    );
  }
  return null;
}

/** The form's fields, checked: the title (else the file's name), dates as days, the period in order. */
function described(fields: Map<string, string>, fileName: string): UploadDescription {
  const text = (name: string, max: number): string | null => {
    const value = fields.get(name);
    if (value === undefined) return null;
    const folded = foldWhitespace(value);
    if (folded.length > max) throw new UploadError(400, 'BAD_REQUEST', `"${name}" has at most ${max} characters.`);
    return folded === '' ? null : folded;
  };
  const day = (name: string): string | null => {
    const value = text(name, 10);
    if (value !== null && !isIsoDate(value)) {
      throw new UploadError(400, 'BAD_REQUEST', `"${name}" must be a day written YYYY-MM-DD.`);
    }
    return value;
  };
  const date = day('date');
  const coversStart = day('coversStart') ?? date;
  const coversEnd = day('coversEnd') ?? (fields.has('coversStart') ? coversStart : date);
  if (coversStart !== null && coversEnd !== null && coversEnd < coversStart) {
    throw new UploadError(400, 'BAD_REQUEST', `The period ends (${coversEnd}) before it starts (${coversStart}).`);
  }
  if ((coversStart === null) !== (coversEnd === null)) {
    throw new UploadError(
      400,
      'BAD_REQUEST',
      'Give the period the document covers with both coversStart and coversEnd.',
    );
  }
  const title = text('title', 300) ?? foldWhitespace(fileName.replace(/\.[A-Za-z0-9]+$/, '').replace(/[_-]+/g, ' '));
  return { fileName, title: title || 'Dokument', date, type: text('type', 100), coversStart, coversEnd };
}

/** Multipart errors of @fastify/multipart as ours (a file over the limit is 413). */
function multipartError(error: unknown, maxBytes: number): UploadError | null {
  const code = (error as { code?: string }).code ?? '';
  if (code === 'FST_REQ_FILE_TOO_LARGE') {
    return new UploadError(413, 'PAYLOAD_TOO_LARGE', `The file is larger than ${maxBytes} bytes (UPLOAD_MAX_BYTES).`);
  }
  if (code === 'FST_FILES_LIMIT')
    return new UploadError(400, 'BAD_REQUEST', 'Send exactly one file, in the field "file".');
  if (code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') {
    return new UploadError(400, 'BAD_REQUEST', `Send one file and at most the fields ${[...FIELDS].join(', ')}.`);
  }
  if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE' || code.startsWith('FST_')) {
    return new UploadError(
      400,
      'BAD_REQUEST',
      `The upload is not a well-formed multipart/form-data request (${code}).`,
    );
  }
  return null;
}

export async function ingestRoutes(fastify: FastifyInstance, options: IngestOptions): Promise<void> {
  const now = options.now ?? (() => new Date());
  await fastify.register(fastifyMultipart, {
    limits: { fileSize: options.maxBytes, files: 1, fields: FIELDS.size, fieldSize: 2000, parts: FIELDS.size + 1 },
  });

  fastify.post('/api/documents', async (request, reply) => {
    const refused = refusal(request);
    if (refused) return send(reply, refused.status, refused.code, refused.message);
    if (!request.isMultipart()) {
      return send(
        reply,
        415,
        'UNSUPPORTED_MEDIA_TYPE',
        'Send the document as multipart/form-data with a field "file".',
      );
    }
    try {
      let file: { bytes: Buffer; name: string; type: string | null } | null = null;
      const fields = new Map<string, string>();
      for await (const part of request.parts()) {
        if (part.type === 'file') {
          if (part.fieldname !== 'file' || file) {
            throw new UploadError(400, 'BAD_REQUEST', 'Send exactly one file, in the field "file".');
          }
          file = { bytes: await part.toBuffer(), name: part.filename || 'dokument', type: part.mimetype || null };
        } else if (FIELDS.has(part.fieldname)) {
          fields.set(part.fieldname, String(part.value));
        } else {
          throw new UploadError(
            400,
            'BAD_REQUEST',
            `Unknown field "${part.fieldname}" (known: file, ${[...FIELDS].join(', ')}).`,
          );
        }
      }
      if (!file) throw new UploadError(400, 'BAD_REQUEST', 'The field "file" is missing: send the document in it.');
      const description = described(fields, file.name.slice(0, 200));
      // The graph's own names: the rules match every person and body they read against them (in the worker).
      const gazetteer = await readGazetteer((statement, params) => options.store.read(statement, params));
      // Known bytes: every quote refers to the text stored for them, so the rules read that text again.
      const storedText = await storedTextOfBytes(
        (statement, params) => options.store.read(statement, params),
        createHash('sha256').update(file.bytes).digest('hex'),
      );
      const made = await extractInWorker(
        new Uint8Array(file.bytes),
        description.fileName,
        file.type,
        options.budget,
        gazetteer,
        storedText,
      );
      const extracted = storedText === null ? made : { ...made, proposalsText: storedText };
      if (!extracted.proposalsComplete) {
        request.log.warn({ file: description.fileName }, 'the proposal rules did not finish: stored without proposals');
      }
      const identity = request.auth.identity;
      if (!identity) throw new Error('An upload passed the sign-in check without an identity');
      const stored = await storeUpload(
        options.store,
        extracted,
        description,
        { userId: identity.user.id },
        now(),
        gazetteer,
      );
      if (stored.created) {
        await request.auth.service?.log('DOCUMENT_UPLOADED', {
          username: identity.user.username,
          address: request.auth.address,
          detail: `${stored.id}: ${description.title}`.slice(0, 300),
        });
      }
      return reply.code(stored.created ? 201 : 200).send({ id: stored.id, proposals: stored.proposals });
    } catch (error) {
      if (error instanceof UploadError) return send(reply, error.status, error.code, error.message);
      if (error instanceof ExtractionRefusal) {
        if (error.cause) request.log.warn({ cause: error.cause }, 'an uploaded file could not be read');
        return send(reply, error.status, error.code, error.message);
      }
      if (error instanceof ExtractionBusy) {
        return reply
          .code(503)
          .header('retry-after', '5')
          .type('application/json; charset=utf-8')
          .send(errorBody('TOO_MANY_REQUESTS', error.message));
      }
      const mapped = multipartError(error, options.maxBytes);
      if (mapped) return send(reply, mapped.status, mapped.code, mapped.message);
      throw error;
    }
  });
}
