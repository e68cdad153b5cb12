import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forgetSearchTexts } from '../server/src/cypher/testing.js';
import { prepareSearch } from '../server/src/data/search-index.js';
import { engines } from './support/engines.js';
import { startServer, type TestServer } from './support/server.js';

// Search walks a text index on both engines (Lucene on Neo4j, BM25 on Grafeo: docs/architecture.md § Search). What
// a user sees must not depend on the engine: the same searches give the same hits, in the same order, with the
// same scores, on both.

interface Hit {
  score: number;
  matchedBy: string;
  entity: { id: string };
  seat: { id: string } | null;
}

const SEARCH = `query ($text: String!, $kinds: [EntityKind!], $first: Int) {
  search(text: $text, kinds: $kinds, first: $first) { score matchedBy entity { id } seat { id } }
}`;

/** What the acceptance questions and the pages search for: names, parts of names, spellings, seats, typos. */
const SEARCHES: { text: string; kinds?: string[]; first?: number }[] = [
  { text: 'Froya' },
  { text: 'frøya kommune' },
  { text: 'hagensen', kinds: ['PERSON'] },
  { text: 'Beathe Sandvik Meland', kinds: ['PERSON'], first: 1 },
  { text: 'robert oyum jakobsen' },
  { text: 'ordfører hitra' },
  { text: 'ordforer hitra' },
  { text: 'leder helsefellesskap' },
  { text: 'kommunedirektør' },
  { text: 'Ingjerd Astad' },
  { text: 'astadd' },
  { text: 'ingjred astad' },
  { text: 'Ingjerd Asatd' },
  { text: 'Hitra' },
  { text: 'st. olavs' },
  { text: 'ntnu' },
  { text: 'lakseregionen' },
  { text: 'tr' },
  { text: 'o' },
  { text: 'næringsråd', kinds: ['ORGANIZATION'] },
  { text: 'helse', first: 50 },
  { text: 'kristin' },
];

const available = engines();

describe.runIf(available.length > 1)('Search on both engines', () => {
  const servers: TestServer[] = [];
  beforeAll(async () => {
    for (const engine of available) servers.push(await startServer(engine));
  }, 240_000);
  afterAll(async () => {
    for (const server of servers) await server.stop();
  });

  const hitsOn = async (server: TestServer, search: (typeof SEARCHES)[number]) => {
    const response = await server.query<{ search: Hit[] }>(SEARCH, { kinds: null, first: 20, ...search });
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    return response.data?.search ?? [];
  };

  it.each(SEARCHES)('"$text" finds the same hits on Grafeo and on Neo4j', async (search) => {
    const [grafeo, neo4j] = await Promise.all(servers.map((server) => hitsOn(server, search)));
    expect(neo4j).toEqual(grafeo);
  });

  it('finds something for most of the searches (the comparison is not of empty lists)', async () => {
    const found = await Promise.all(
      SEARCHES.map(async (search) => (await hitsOn(servers[0] as TestServer, search)).length),
    );
    expect(found.filter((count) => count > 0).length).toBeGreaterThanOrEqual(SEARCHES.length - 1);
  });
});

describe.each(available)('Search through the text index ($name)', (engine) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer(engine);
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
  });

  const ids = async (text: string, kinds: string[] | null = null) => {
    const response = await server.query<{ search: Hit[] }>(SEARCH, { text, kinds, first: 20 });
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    return (response.data?.search ?? []).map((hit) => hit.entity.id);
  };

  it('matches a typed word at the start of a name word, as typeahead does ("hagen" finds Hagensen, "gensen" does not)', async () => {
    expect(await ids('hagen', ['PERSON'])).toContain('person:liv-aagot-hagensen');
    expect(await ids('gensen', ['PERSON'])).not.toContain('person:liv-aagot-hagensen');
    // Every word must start a word of one name: "liv hag" is Liv Aagot Hagensen, "liv xyz" nobody.
    expect(await ids('liv hag', ['PERSON'])).toContain('person:liv-aagot-hagensen');
    expect(await ids('liv xyzzy', ['PERSON'])).toEqual([]);
  });

  it('ranks the name itself above an alias, and both above a name that only starts with the words', async () => {
    const response = await server.query<{ search: Hit[] }>(SEARCH, { text: 'Hitra', first: 5 });
    const [first, ...rest] = response.data?.search ?? [];
    expect(first).toMatchObject({ entity: { id: 'municipality:hitra' }, score: 1 });
    for (const hit of rest) expect(hit.score).toBeLessThan(1);
  });

  it('gives a graph written before the indexes its search texts, and then finds in it as before', async () => {
    const before = await ids('ordfører hitra');
    await server.store.write(forgetSearchTexts);
    // Nothing is indexed any more: nothing is found.
    expect(await ids('hagensen', ['PERSON'])).toEqual([]);
    await prepareSearch(server.store);
    expect(await ids('hagensen', ['PERSON'])).toEqual(['person:liv-aagot-hagensen']);
    expect(await ids('ordfører hitra')).toEqual(before);
  });
});
