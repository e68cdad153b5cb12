import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../support/engines.js';
import { startServer, type TestServer } from '../support/server.js';
import { ASK_CASES, type AskCase } from './questions.js';

// Questions asked through the real HTTP endpoint on every engine (issue 18, docs/ask.md): each answer exactly as the
// documents give it (tests/ask/questions.ts), every part cited, and what the parser does not understand refused.

interface Answer {
  understood: boolean;
  interpretation: string;
  text: string;
  shape: string | null;
  language: string;
  asOf: string | null;
  periodStart: string | null;
  entities: { id: string }[];
  roles: { id: string; person: { id: string } }[];
  seats: { role: { id: string }; status: string | null }[];
  amountNok: number | null;
  count: number | null;
  date: string | null;
  yes: boolean | null;
  citations: { quote: string; start: number | null; document: { id: string } }[];
}

const ASK = `query ($question: String!, $asOf: Date) {
  ask(question: $question, asOf: $asOf) {
    understood interpretation text shape language asOf periodStart
    entities { id } roles { id person { id } } seats { role { id } status }
    amountNok count date yes
    citations { quote start document { id } }
  }
}`;

const sorted = (ids: string[]) => [...ids].sort();

for (const engine of engines()) {
  describe(`Ask the graph on ${engine.name}`, () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startServer(engine);
    }, 120_000);
    afterAll(async () => {
      await server?.stop();
    });

    const ask = async (question: string, asOf?: string): Promise<Answer> => {
      const response = await server.query<{ ask: Answer }>(ASK, { question, asOf: asOf ?? null });
      expect(response.errors?.map((error) => `${error.extensions?.code}: ${error.message}`)).toBeUndefined();
      return (response.data as { ask: Answer }).ask;
    };

    it(`answers the ${ASK_CASES.length} questions of the question set exactly`, async () => {
      const failures: string[] = [];
      for (const item of ASK_CASES) {
        const answer = await ask(item.question, item.asOf);
        const problems = check(item, answer);
        if (problems.length > 0)
          failures.push(`${item.question} (${item.source}): ${problems.join('; ')} → ${answer.text}`);
      }
      expect(failures).toEqual([]);
      expect(ASK_CASES.length).toBeGreaterThanOrEqual(150);
      expect(ASK_CASES.filter((item) => item.expect.understood === false).length).toBeGreaterThanOrEqual(10);
    }, 300_000);

    it('says how it understood the question, naming the entities and the day', async () => {
      const answer = await ask('Hvem representerer Frøya i KDU?', '2021-11-05');
      expect(answer.interpretation).toBe('Hvem representerer Frøya i Kommunedirektørutvalget, per 5. november 2021');
      expect(answer.text).toBe(
        'Frøya representeres i Kommunedirektørutvalget av Beate Sandvik Meland (medlem) per 5. november 2021.',
      );
      expect(answer.asOf).toBe('2021-11-05');
      const english = await ask('Who was the chief executive of Ørland in 2021?');
      expect(english.interpretation).toBe('Who is kommunedirektør in Ørland, in 2021');
      expect(english.periodStart).toBe('2021-01-01');
      expect(english.asOf).toBe('2021-12-31');
    });

    it('gives each seat behind an answer with its status on the day: last confirmed after its last source', async () => {
      const answer = await ask('Hvem representerer Frøya i KDU?', '2025-01-01');
      expect(answer.roles.map((role) => role.person.id)).toEqual(['person:beate-sandvik-meland']);
      expect(answer.seats.map((seat) => seat.status)).toEqual(['LAST_CONFIRMED']);
      expect(answer.text).toContain('sist bekreftet');
    });

    it('cites the quotes of the facts it used, each found in its document', async () => {
      const answer = await ask('Hvem er ordfører i Hitra?', '2022-06-01');
      expect(answer.citations.some((citation) => citation.quote.includes('Hitra Ole L. Haugen, ordfører'))).toBe(true);
      const money = await ask('Hvor mye fikk HARMONI?');
      expect(money.citations.some((citation) => citation.quote.includes('7 mill'))).toBe(true);
    });

    it('answers "nobody" as understood, with empty lists and a sentence saying so', async () => {
      const answer = await ask('Hvem er ordfører i Ørland?', '2022-06-01');
      expect(answer).toMatchObject({ understood: true, entities: [], roles: [], shape: 'TITLE_HOLDER' });
      expect(answer.text).toBe('Jeg finner ingen ordfører i Ørland per 1. juni 2022.');
    });

    it('refuses a name the graph does not have rather than answering without it', async () => {
      const answer = await ask('Hvor mye fikk Søndre Trøndelag i 2024?');
      expect(answer).toMatchObject({ understood: false, shape: null, amountNok: null, entities: [], citations: [] });
      expect(answer.text).toBe('Jeg finner ikke «Søndre Trøndelag» i grafen.');
    });

    it('rejects an empty or overlong question as BAD_USER_INPUT and answers nothing', async () => {
      for (const question of ['   ', 'hvem '.repeat(70)]) {
        const response = await server.query(ASK, { question });
        expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
        expect(response.data ?? null).toBeNull();
      }
    });
  });
}

/** What differs between an answer and what the documents say. */
function check(item: AskCase, answer: Answer): string[] {
  const problems: string[] = [];
  const want = item.expect;
  const understood = want.understood ?? true;
  if (answer.understood !== understood) return [`understood ${answer.understood}, not ${understood}`];
  if (want.shape !== undefined && answer.shape !== want.shape)
    problems.push(`shape ${answer.shape}, not ${want.shape}`);
  if (want.language !== undefined && answer.language !== want.language) problems.push(`language ${answer.language}`);
  if (want.entities !== undefined) {
    const ids = sorted(answer.entities.map((entity) => entity.id));
    if (
      JSON.stringify(ids) !== JSON.stringify(sorted(want.entities)) &&
      !(answer.shape?.startsWith('FUNDING') && want.entities.every((id) => ids.includes(id)))
    ) {
      problems.push(`entities ${ids.join(', ')}`);
    }
  }
  for (const field of ['amountNok', 'count', 'date', 'yes'] as const) {
    if (field in want && answer[field] !== want[field]) problems.push(`${field} ${answer[field]}, not ${want[field]}`);
  }
  if (!understood) {
    if (answer.entities.length > 0 || answer.citations.length > 0) problems.push('a refusal with an answer');
    return problems;
  }
  if (answer.interpretation === '' || answer.text === '') problems.push('no interpretation or text');
  const answered =
    answer.entities.length > 0 || answer.amountNok !== null || answer.date !== null || answer.yes !== null;
  if (answered && answer.shape !== 'COUNT' && answer.citations.length === 0) problems.push('no citations');
  if (answer.citations.some((citation) => citation.start === null)) problems.push('a quote not found in its document');
  return problems;
}
