import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from './support/engines.js';
import { seedPlan, startServer, type TestServer } from './support/server.js';

// Exports over HTTP against a real database: the whole graph as JSON (with citations), GraphML (loaded with a
// graph library, as Gephi would), Popolo JSON (validated against the Popolo schemas), and the report downloads.

function popoloValidators(): {
  person: ValidateFunction;
  organization: ValidateFunction;
  membership: ValidateFunction;
} {
  const dir = join(import.meta.dirname, 'fixtures', 'popolo');
  const ajv = new Ajv({ allErrors: true, strict: false });
  // ajv-formats is CommonJS; its default export is the plugin function.
  (addFormats as unknown as (ajv: Ajv) => void)(ajv);
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.schema.json'))) {
    ajv.addSchema(JSON.parse(readFileSync(join(dir, file), 'utf8')));
  }
  const get = (name: string) => {
    const validate = ajv.getSchema(`https://www.popoloproject.com/schemas/${name}.json`);
    if (!validate) throw new Error(`no schema ${name}`);
    return validate;
  };
  return { person: get('person'), organization: get('organization'), membership: get('membership') };
}

for (const engine of engines()) {
  describe(`Exports on ${engine.name}`, () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startServer(engine);
    });
    afterAll(async () => {
      await server?.stop();
    });

    const download = async (path: string) => {
      const response = await fetch(`${server.url}${path}`);
      // ignoreBOM keeps a byte-order mark in the text, so that tests can see it is there.
      return { response, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer()) };
    };

    it('the whole graph as JSON holds every entity, role, relation and quote the seed states', async () => {
      const { response, text } = await download('/export/graph.json');
      expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="regiongraf-.*\.json"/);
      const graph = JSON.parse(text) as {
        entities: { id: string; citationIds: string[] }[];
        roles: { id: string; citationIds: string[] }[];
        relations: { id: string }[];
        citations: { id: string; quote: string; documentId: string }[];
      };
      const plan = seedPlan();
      expect(graph.entities.map((entity) => entity.id).sort()).toEqual(plan.entities.map((entity) => entity.id).sort());
      expect(graph.roles.map((role) => role.id).sort()).toEqual(plan.roles.map((role) => role.id).sort());
      expect(graph.relations.map((relation) => relation.id).sort()).toEqual(
        plan.relations.map((relation) => relation.id).sort(),
      );
      const citations = new Set(graph.citations.map((citation) => citation.id));
      expect(citations.size).toBe(plan.citations.length);
      for (const role of graph.roles) for (const id of role.citationIds) expect(citations.has(id)).toBe(true);
    });

    it('GraphML loads in a graph library with every entity as a node and every fact and role as an edge', async () => {
      const { response, text } = await download('/export/graph.graphml');
      expect(response.headers.get('content-type')).toMatch(/graphml/);
      const graph = parseGraphml(MultiDirectedGraph, text, { addMissingNodes: false });
      const plan = seedPlan();
      expect(graph.order).toBe(plan.entities.length);
      const roleEdges = plan.roles.reduce(
        (sum, role) =>
          sum + (role.heldInId ? 1 : 0) + (role.onBehalfOfId && role.onBehalfOfId !== role.heldInId ? 1 : 0),
        0,
      );
      expect(graph.size).toBe(plan.relations.length + roleEdges);
      expect(graph.getNodeAttribute('municipality:froya', 'name')).toBe('Frøya');
      const mayor = graph.findEdge(
        (_edge, attributes, source, target) =>
          source === 'person:kristin-stromskag' && target === 'municipality:froya' && attributes.label === 'ordfører',
      );
      expect(mayor).toBeDefined();
      expect(String(graph.getEdgeAttribute(mayor as string, 'sources'))).toContain('Kristin F. Strømskag, ordfører');
    });

    it('Popolo JSON validates against the Popolo schemas and its memberships point at its persons and organizations', async () => {
      const { text } = await download('/export/popolo.json');
      const popolo = JSON.parse(text) as {
        persons: { id: string }[];
        organizations: { id: string }[];
        memberships: { person_id: string; organization_id: string; on_behalf_of_id?: string }[];
      };
      const validate = popoloValidators();
      const errors: string[] = [];
      for (const [kind, records] of [
        ['person', popolo.persons],
        ['organization', popolo.organizations],
        ['membership', popolo.memberships],
      ] as const) {
        for (const record of records) {
          if (!validate[kind](record))
            errors.push(`${kind} ${JSON.stringify(record).slice(0, 80)}: ${JSON.stringify(validate[kind].errors)}`);
        }
      }
      expect(errors).toEqual([]);
      const persons = new Set(popolo.persons.map((person) => person.id));
      const organizations = new Set(popolo.organizations.map((org) => org.id));
      for (const membership of popolo.memberships) {
        expect(persons.has(membership.person_id)).toBe(true);
        expect(organizations.has(membership.organization_id)).toBe(true);
        if (membership.on_behalf_of_id) expect(organizations.has(membership.on_behalf_of_id)).toBe(true);
      }
      expect(popolo.persons.length).toBe(seedPlan().entities.filter((entity) => entity.kind === 'PERSON').length);
      expect(popolo.memberships).toContainEqual(
        expect.objectContaining({
          person_id: 'person:ingjerd-astad',
          organization_id: 'org:ts-naeringsradet',
          on_behalf_of_id: 'municipality:hitra',
        }),
      );
    });

    it('a report downloads as Excel-friendly CSV (BOM, ";", quoted fields) with headers in the chosen language', async () => {
      const { response, text } = await download(
        '/export/report/funding.csv?gruppering=PROJECT&giver=org:helsefellesskapet-sondre-trondelag',
      );
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/text\/csv/);
      expect(text.charCodeAt(0)).toBe(0xfeff);
      const lines = text.slice(1).trimEnd().split('\r\n');
      // Issue 11 added the last column: the level counted.
      expect(lines[0]).toBe('gruppe;beløp (kr);tilskudd;uten oppgitt beløp;talt nivå');
      const total = lines.slice(1).reduce((sum, line) => sum + Number(line.split(';').at(-4)), 0);
      expect(total).toBe(11_170_000);
      const english = await download(
        '/export/report/funding.csv?gruppering=PROJECT&giver=org:helsefellesskapet-sondre-trondelag&lang=en&sep=,',
      );
      expect(english.text.slice(1).split('\r\n')[0]).toBe(
        'group,amount (NOK),grants,without a stated amount,level counted',
      );
    });

    it('the representation report exports the same rows as JSON', async () => {
      const { text } = await download('/export/report/representation.json?dato=2022-06-30&kommune=municipality:froya');
      const rows = JSON.parse(text) as Record<string, string>[];
      const council = rows.filter(
        (row) => row.organ === 'Interkommunalt politisk råd Trøndelag sørvest – lakseregionen',
      );
      expect(council.map((row) => row.person).sort()).toEqual([
        'Beate Sandvik Meland',
        'Geir Meland',
        'Kristin F. Strømskag',
      ]);
      expect(council.every((row) => row.kilde?.startsWith('Årsrapport 2022'))).toBe(true);
    });

    it('an unknown report is a 404 and bad parameters a 400, both with a message a person can act on', async () => {
      const unknown = await download('/export/report/salaries.csv');
      expect(unknown.response.status).toBe(404);
      expect(JSON.parse(unknown.text).errors[0].message).toMatch(/no report called "salaries"/);
      const bad = await download('/export/report/changes.csv?fra=2022-06-30&til=2021-01-01');
      expect(bad.response.status).toBe(400);
      expect(bad.text).toMatch(/before/);
    });
  });
}
