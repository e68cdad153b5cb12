import { Readable } from 'node:stream';
import type { ApolloServer } from '@apollo/server';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { refuseUnlessReader } from '../auth/http.js';
import { type Context, createContext } from '../context.js';
import type { GraphStore } from '../data/exports.js';
import { databaseAnswers } from '../data/health.js';
import { roleAllows } from '../domain/access.js';
import { CSV_BOM as BOM, csvLine, type CsvSeparator as Separator } from '../domain/csv.js';
import { type ErrorCode, errorBody } from '../errors.js';
import { editsJson } from './edits-json.js';
import { graphJson } from './graph-json.js';
import { graphml } from './graphml.js';
import { popolo } from './popolo.js';
import { type Language, REPORTS, reportFileName } from './reports.js';

// GET /export/graph.json | /export/graph.graphml | /export/popolo.json — the whole graph, streamed.
// GET /export/report/<name>.csv|json?…&sep=;|,&lang=nb|en — a named report, as the Reports page shows it.
// The database is asked first, so that an export it cannot answer is a 503, not an empty file. A failure after
// the first bytes destroys the connection: the browser shows a failed download, never a truncated file with 200.

export interface ExportOptions {
  store: GraphStore;
  apollo: ApolloServer<Context>;
}

function fail(reply: FastifyReply, status: number, message: string, code: ErrorCode): FastifyReply {
  return reply.code(status).type('application/json; charset=utf-8').send(errorBody(code, message));
}

function attachment(reply: FastifyReply, type: string, filename: string): FastifyReply {
  return reply
    .type(type)
    .header('content-disposition', `attachment; filename="${filename}"`)
    .header('cache-control', 'no-store');
}

/** How long the check before an export may take: an export is worth waiting a little for. */
const READY_WITHIN_MS = 2_000;

const UNAVAILABLE = 'The database is not answering right now, so the export cannot be made. Please try again.';

/** The export routes, as a Fastify plugin. */
export async function exportRoutes(fastify: FastifyInstance, { store, apollo }: ExportOptions): Promise<void> {
  // Downloads obey the read rule of the API (PUBLIC_READ, else a sign-in).
  fastify.addHook('preHandler', async (request, reply) => {
    const refused = refuseUnlessReader(request, reply);
    if (refused) return refused;
  });
  const today = () => new Date().toISOString().slice(0, 10);
  const whole = (
    path: string,
    type: string,
    filename: () => string,
    chunks: (origin: string) => AsyncIterable<string>,
  ) =>
    fastify.get(path, async (request, reply) => {
      if (!(await databaseAnswers(store, READY_WITHIN_MS)))
        return fail(reply, 503, UNAVAILABLE, 'DATABASE_UNAVAILABLE');
      // Readable.from pulls one chunk at a time (backpressure) and stops the generator when the client leaves.
      return attachment(reply, type, filename()).send(Readable.from(chunks(`${request.protocol}://${request.host}`)));
    });
  whole(
    '/export/graph.json',
    'application/json; charset=utf-8',
    () => `regiongraf-${today()}.json`,
    () => graphJson(store, new Date().toISOString()),
  );
  // The history of edits: editors and up (who see the review queue) get every edit; readers the published ones.
  fastify.get('/export/edits.json', async (request, reply) => {
    if (!(await databaseAnswers(store, READY_WITHIN_MS))) return fail(reply, 503, UNAVAILABLE, 'DATABASE_UNAVAILABLE');
    const identity = request.auth?.identity ?? null;
    const everything = identity !== null && roleAllows(identity.role, 'EDITOR');
    return attachment(reply, 'application/json; charset=utf-8', `regiongraf-endringer-${today()}.json`).send(
      Readable.from(editsJson(store, new Date().toISOString(), everything)),
    );
  });
  whole(
    '/export/graph.graphml',
    'application/graphml+xml; charset=utf-8',
    () => `regiongraf-${today()}.graphml`,
    () => graphml(store),
  );
  whole(
    '/export/popolo.json',
    'application/json; charset=utf-8',
    () => `regiongraf-popolo-${today()}.json`,
    (origin) => popolo(store, origin),
  );
  fastify.get<{ Params: { file: string }; Querystring: Record<string, string> }>(
    '/export/report/:file',
    async (request, reply) => {
      const match = /^([a-z-]+)\.(csv|json)$/.exec(request.params.file);
      if (!match) return fail(reply, 404, `There is no export called "${request.params.file}".`, 'NOT_FOUND');
      const [, name, format] = match as unknown as [string, string, 'csv' | 'json'];
      const search = new URLSearchParams(request.url.split('?')[1] ?? '');
      return report(request, reply, name, format, search);
    },
  );

  async function report(
    request: FastifyRequest,
    reply: FastifyReply,
    name: string,
    format: 'csv' | 'json',
    search: URLSearchParams,
  ) {
    const report = REPORTS[name];
    if (!report) {
      return fail(
        reply,
        404,
        `There is no report called "${name}". Reports: ${Object.keys(REPORTS).join(', ')}.`,
        'NOT_FOUND',
      );
    }
    const language: Language = search.get('lang') === 'en' ? 'en' : 'nb';
    const separator: Separator = search.get('sep') === ',' ? ',' : ';';
    const result = await apollo.executeOperation(
      { query: report.query, variables: report.variables(search) },
      { contextValue: createContext(store, {}, request.auth) },
    );
    if (result.body.kind !== 'single') throw new Error('Reports answer in one part');
    const { data, errors } = result.body.singleResult;
    if (errors && errors.length > 0) {
      const code = String(errors[0]?.extensions?.code ?? 'BAD_USER_INPUT') as ErrorCode;
      const status =
        code === 'INTERNAL_SERVER_ERROR' ? 500 : code === 'DATABASE_UNAVAILABLE' || code === 'TIMEOUT' ? 503 : 400;
      return fail(reply, status, errors[0]?.message ?? 'Bad request', code);
    }
    const rows = report.rows(data as Record<string, unknown>, language, search);
    const columns = report.columns[language];
    if (format === 'json') {
      return attachment(
        reply,
        'application/json; charset=utf-8',
        `${reportFileName(name, language, search)}.json`,
      ).send(
        JSON.stringify(
          rows.map((row) => Object.fromEntries(columns.map((column, i) => [column, row[i] ?? null]))),
          null,
          1,
        ),
      );
    }
    return attachment(reply, 'text/csv; charset=utf-8', `${reportFileName(name, language, search)}.csv`).send(
      BOM + csvLine(columns, separator) + rows.map((row) => csvLine(row, separator)).join(''),
    );
  }
}
