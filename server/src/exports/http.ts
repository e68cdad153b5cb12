import { once } from 'node:events';
import type { ServerResponse } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import { type Context, createContext } from '../context.js';
import type { GraphStore } from '../data/exports.js';
import { CSV_BOM as BOM, csvLine, type CsvSeparator as Separator } from '../domain/csv.js';
import { graphJson } from './graph-json.js';
import { graphml } from './graphml.js';
import { popolo } from './popolo.js';
import { type Language, REPORTS } from './reports.js';

// GET /export/graph.json | /export/graph.graphml | /export/popolo.json — the whole graph, streamed.
// GET /export/report/<name>.csv|json?…&sep=;|,&lang=nb|en — a named report, as the Reports page shows it.

async function stream(response: ServerResponse, chunks: AsyncIterable<string>): Promise<void> {
  for await (const chunk of chunks) {
    // Respect backpressure: never hold more than the socket's buffer of an export in memory.
    if (!response.write(chunk)) await once(response, 'drain');
  }
  response.end();
}

function fail(response: ServerResponse, status: number, message: string, code: string): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

function attachment(response: ServerResponse, type: string, filename: string): void {
  response.writeHead(200, {
    'content-type': type,
    'content-disposition': `attachment; filename="${filename}"`,
    'cache-control': 'no-store',
  });
}

/** Serves one export; returns false when the path is not an export. */
export async function handleExport(
  url: URL,
  response: ServerResponse,
  store: GraphStore,
  apollo: ApolloServer<Context>,
): Promise<boolean> {
  const today = new Date().toISOString().slice(0, 10);
  if (url.pathname === '/export/graph.json') {
    attachment(response, 'application/json; charset=utf-8', `regiongraf-${today}.json`);
    await stream(response, graphJson(store, new Date().toISOString()));
    return true;
  }
  if (url.pathname === '/export/graph.graphml') {
    attachment(response, 'application/graphml+xml; charset=utf-8', `regiongraf-${today}.graphml`);
    await stream(response, graphml(store));
    return true;
  }
  if (url.pathname === '/export/popolo.json') {
    attachment(response, 'application/json; charset=utf-8', `regiongraf-popolo-${today}.json`);
    await stream(response, popolo(store, url.origin));
    return true;
  }
  const match = /^\/export\/report\/([a-z-]+)\.(csv|json)$/.exec(url.pathname);
  if (!match) return false;
  const [, name, format] = match as unknown as [string, string, 'csv' | 'json'];
  const report = REPORTS[name];
  if (!report) {
    fail(
      response,
      404,
      `There is no report called "${name}". Reports: ${Object.keys(REPORTS).join(', ')}.`,
      'NOT_FOUND',
    );
    return true;
  }
  const language: Language = url.searchParams.get('lang') === 'en' ? 'en' : 'nb';
  const separator: Separator = url.searchParams.get('sep') === ',' ? ',' : ';';
  const result = await apollo.executeOperation(
    { query: report.query, variables: report.variables(url.searchParams) },
    { contextValue: createContext(store) },
  );
  if (result.body.kind !== 'single') throw new Error('Reports answer in one part');
  const { data, errors } = result.body.singleResult;
  if (errors && errors.length > 0) {
    const code = String(errors[0]?.extensions?.code ?? 'BAD_USER_INPUT');
    fail(response, code === 'INTERNAL_SERVER_ERROR' ? 500 : 400, errors[0]?.message ?? 'Bad request', code);
    return true;
  }
  const rows = report.rows(data as Record<string, unknown>, language, url.searchParams);
  const columns = report.columns[language];
  if (format === 'json') {
    attachment(response, 'application/json; charset=utf-8', `regiongraf-${name}-${today}.json`);
    response.end(
      JSON.stringify(
        rows.map((row) => Object.fromEntries(columns.map((column, i) => [column, row[i] ?? null]))),
        null,
        1,
      ),
    );
    return true;
  }
  attachment(response, 'text/csv; charset=utf-8', `regiongraf-${name}-${today}.csv`);
  await stream(
    response,
    (async function* () {
      yield BOM + csvLine(columns, separator);
      for (const row of rows) yield csvLine(row, separator);
    })(),
  );
  return true;
}
