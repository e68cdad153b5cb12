import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from './support/engines.js';
import { startServer, type TestServer } from './support/server.js';

// Typed facts (issue 11, item 5), through HTTP on every engine, with answers read from the documents. Each expected
// value is derived in a comment from the passage it rests on (document number: "passage").

interface Participant {
  status: string;
  asWritten: string | null;
  person: { id: string };
  citations: { reading: string | null }[];
}
interface Event {
  id: string;
  type: string;
  date: string | null;
  year: number | null;
  month: number | null;
  dateAsWritten: string | null;
  concerns: { id: string }[];
}
interface Figure {
  name: string;
  value: number;
  unit: string;
  start: string | null;
  end: string | null;
  about: { id: string };
  citations: { quote: string }[];
}

const MEETING = `query ($id: ID!) {
  node(id: $id) {
    ... on Meeting {
      startTime endTime
      attendances { as from { id } }
      participants { status asWritten person { id } citations { reading } }
    }
  }
}`;

const EVENTS = `query ($id: ID!) {
  node(id: $id) {
    ... on Entity { events { id type date year month dateAsWritten concerns { id } } }
  }
}`;

const FIGURES = `query ($id: ID!) {
  node(id: $id) {
    ... on Municipality { figures { ...F } }
    ... on Organization { figures { ...F } }
    ... on Project { figures { ...F } }
  }
}
fragment F on Figure { name value unit start end about { id } citations { quote } }`;

for (const engine of engines()) {
  describe(`Typed facts on ${engine.name}`, () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startServer(engine);
    });
    afterAll(async () => {
      await server?.stop();
    });

    const node = async <T>(query: string, id: string): Promise<T> => {
      const response = await server.query<{ node: T }>(query, { id });
      expect(response.errors).toBeUndefined();
      if (!response.data?.node) throw new Error(`no node ${id}`);
      return response.data.node;
    };
    const participantsOf = async (id: string) =>
      (await node<{ participants: Participant[] }>(MEETING, id)).participants;
    const eventsOf = async (id: string) => (await node<{ events: Event[] }>(EVENTS, id)).events;
    const figuresOf = async (id: string) => (await node<{ figures: Figure[] }>(FIGURES, id)).figures;
    const byStatus = (participants: Participant[]) => {
      const groups: Record<string, string[]> = {};
      for (const p of participants) groups[p.status] = [...(groups[p.status] ?? []), p.person.id];
      for (const ids of Object.values(groups)) ids.sort();
      return groups;
    };

    it('counts the KDU meeting of 5 November 2021 by attendance status, as its list states', async () => {
      // 001, the table "Deltaker Rolle Til stede / ikke til stede":
      //   x: Beathe Sandvik Meland (Frøya), Petter Lindseth (Skaun), Ingjerd Astad (Hitra), Mons Otnes (Rindal),
      //      Ola Morten Teigen (Heim), Kari Frøseth (daglig leder) → 6 PRESENT
      //   "Ikke til stede": Per Øivind Sundell, Håvard Sagli, Emil Raaen, Hege Røttereng → 4 ABSENT
      //   "Til stede på deler av møtet": Ingvill Kvernmo → 1 PARTLY
      //   "På sak": Line Raustein, Robert Øyum-Jakobsen → 2 FOR_CASE; plus Birgit Reisch, not on the list but
      //   "Reisch presenterer sitt arbeid med å koordinere regionale innføringsledere." (75/21) → FOR_CASE, a reading
      const groups = byStatus(await participantsOf('meeting:kdu-2021-11-05'));
      expect(groups).toEqual({
        PRESENT: [
          'person:beate-sandvik-meland',
          'person:ingjerd-astad',
          'person:kari-froseth',
          'person:mons-otnes',
          'person:ola-morten-teigen',
          'person:petter-lindseth',
        ],
        ABSENT: ['person:emil-raaen', 'person:havard-sagli', 'person:hege-rottereng', 'person:per-oivind-sundell'],
        PARTLY: ['person:ingvill-kvernmo'],
        FOR_CASE: ['person:birgit-reisch', 'person:line-raustein', 'person:robert-oyum-jakobsen'],
      });
    });

    it('keeps the words as written beside each status, and marks the status it reads as tolket', async () => {
      const participants = await participantsOf('meeting:kdu-2021-11-05');
      const of = (id: string) => participants.find((p) => p.person.id === id);
      expect(of('person:ingjerd-astad')).toMatchObject({ status: 'PRESENT', asWritten: 'x' });
      expect(of('person:ingvill-kvernmo')).toMatchObject({ asWritten: 'Til stede på deler av møtet' });
      expect(of('person:line-raustein')?.citations.every((c) => c.reading === null)).toBe(true);
      // Reisch has no words in the list: the status is read from case 75/21, and the citation says so.
      expect(of('person:birgit-reisch')?.asWritten).toBeNull();
      expect(of('person:birgit-reisch')?.citations.every((c) => c.reading !== null)).toBe(true);
    });

    it('keeps Meeting.attendances exactly as before beside the typed participants', async () => {
      const meeting = await node<{ attendances: { as: string | null; from: { id: string } }[] }>(
        MEETING,
        'meeting:kdu-2021-11-05',
      );
      // 13 rows of the list plus Reisch: 14 ATTENDED relations, with the list's own words in `as`.
      expect(meeting.attendances).toHaveLength(14);
      expect(meeting.attendances.filter((a) => a.as === 'x')).toHaveLength(6);
      expect(meeting.attendances.find((a) => a.from.id === 'person:hege-rottereng')?.as).toBe('Ikke til stede');
    });

    it('gives the ASU meeting of 17 April 2024 no attendance: its document is a summons', async () => {
      // 002: "MØTEINNKALLING" — who will present is planned, not who came (and attendance is never read from duties).
      expect(await participantsOf('meeting:asu-2024-04-17')).toEqual([]);
    });

    it('states meeting start and end times as HH:MM', async () => {
      // 001: "Tidspunkt:** 1000-1300"; 002: "Møtedato: 17.04.2024 kl. 13.00 – 17.00"
      expect(await node(MEETING, 'meeting:kdu-2021-11-05')).toMatchObject({ startTime: '10:00', endTime: '13:00' });
      expect(await node(MEETING, 'meeting:asu-2024-04-17')).toMatchObject({ startTime: '13:00', endTime: '17:00' });
    });

    it("lists the decisions on Melhus's page as dated events, oldest first", async () => {
      // 000: "I løpet av 2022 ble to nye kommuner overført til Trøndelag sørvest. Dette var Melhus og Midtre- Gauldal."
      //      → a TRANSFER in 2022 (year only); "Skaun og Melhus vedtok 13. desember 2022 å signere Tjenesteavtalen"
      //      → a DECISION on 2022-12-13. A year sorts before its days.
      const events = await eventsOf('municipality:melhus');
      expect(events.map((e) => [e.type, e.date, e.year, e.dateAsWritten])).toEqual([
        ['TRANSFER', null, 2022, 'I løpet av 2022'],
        ['DECISION', '2022-12-13', 2022, '13. desember 2022'],
      ]);
      expect(events[1]?.concerns.map((c) => c.id).sort()).toEqual(['municipality:melhus', 'municipality:skaun']);
    });

    it('dates the start and end of the ERG project as the annual report states them', async () => {
      // 000: "Prosjektleder startet sitt arbeid 20.oktober 2021." ; "Prosjektet ble avsluttet 31. 12.2022."
      const events = await eventsOf('project:erg');
      expect(events.map((e) => [e.type, e.date, e.dateAsWritten])).toEqual([
        ['START', '2021-10-20', '20.oktober 2021'],
        ['END', '2022-12-31', '31. 12.2022'],
      ]);
    });

    it('keeps a month when the text gives only the month, and two contradicting dates each as written', async () => {
      // 000: "Rindal signerte sin Tjenesteavtale i april" → April 2022 (year from the report), no day
      const rindal = await eventsOf('municipality:rindal');
      expect(rindal.find((e) => e.type === 'DECISION')).toMatchObject({ date: null, year: 2022, month: 4 });
      // 000: "Næringsråd ble satt ned etter vedtak i regionrådet i juni 2021"; 001: "Vedtak regionrådet 17. september
      // 2021 … Det opprettes et næringsråd" — both kept, neither corrected; the næringsutvalg "satt ned" in 2022 last.
      const naering = await eventsOf('org:ts-naeringsradet');
      expect(naering.map((e) => [e.date, e.year, e.month])).toEqual([
        [null, 2021, 6],
        ['2021-09-17', 2021, 9],
        [null, 2022, null],
      ]);
    });

    it('stores no date for an impossible one, and keeps its words', async () => {
      // 002 (dated 17.04.2024): "Kompetansegruppa har etter sitt oppstartsmøte 20.12.24 gjennomført til sammen sju møter."
      const [event] = await eventsOf('org:kompetansegruppa-sondre-trondelag');
      expect(event).toMatchObject({ type: 'START', date: null, year: null, dateAsWritten: '20.12.24' });
    });

    it('finds events by search', async () => {
      const response = await server.query<{ search: { entity: { id: string } }[] }>(
        'query { search(text: "Tjenesteavtalen", kinds: [EVENT]) { entity { id } } }',
      );
      expect(response.errors).toBeUndefined();
      expect(response.data?.search.map((hit) => hit.entity.id).sort()).toEqual([
        'event:oppdal-og-rennebu-vedtok-tjenesteavtalen-2022-12-15',
        'event:rindal-signerte-tjenesteavtale-2022-04',
        'event:skaun-og-melhus-vedtok-tjenesteavtalen-2022-12-13',
      ]);
    });

    it('leaves events and figures out of the network view unless their kind is asked for', async () => {
      const kindsAround = async (kinds: string) => {
        const response = await server.query<{ neighbourhood: { nodes: { kind: string }[] } }>(
          `{ neighbourhood(id: "org:ipr-trondelag-sorvest", hops: 1${kinds}) { nodes { kind } } }`,
        );
        expect(response.errors).toBeUndefined();
        return new Set(response.data?.neighbourhood.nodes.map((node) => node.kind));
      };
      const plain = await kindsAround('');
      expect(plain.has('EVENT') || plain.has('FIGURE')).toBe(false);
      expect(plain.has('MUNICIPALITY')).toBe(true);
      // 000: the council's 5 meetings and 26 cases in 2022, and three events (June 2021, 24 Nov 2022, "2023").
      expect([...(await kindsAround(', kinds: [EVENT, FIGURE]'))].sort()).toEqual(['EVENT', 'FIGURE', 'ORGANIZATION']);
    });

    it("gives the regional council's and the KDU's meetings and cases in 2022 as key figures", async () => {
      // 000: "Regionrådet hadde 5 møter i 2022 og behandlet 26 saker."
      const council = await figuresOf('org:ipr-trondelag-sorvest');
      expect(council.map((f) => [f.value, f.unit, f.start, f.end])).toEqual([
        [5, 'møter', '2022-01-01', '2022-12-31'],
        [26, 'saker', '2022-01-01', '2022-12-31'],
      ]);
      expect(council[0]?.about.id).toBe('org:ipr-trondelag-sorvest');
      expect(council[0]?.citations.map((c) => c.quote)).toEqual([
        'Regionrådet hadde 5 møter i 2022 og behandlet 26 saker.',
      ]);
      // 000, under "Kommunedirektørutvalget:": "Utvalget har hatt 5 møter og behandlet 46 saker."
      const kdu = await figuresOf('org:ts-kommunedirektorutvalget');
      expect(kdu.map((f) => [f.value, f.unit])).toEqual([
        [5, 'møter'],
        [46, 'saker'],
      ]);
    });

    it("gives a municipality the figure its report states, with the text's fraction as a number", async () => {
      // 000: "Ørland kommune rapporterte at de hadde ½ time til gode ved hvert vaktskifte" → 0.5 time, no period stated
      const figures = await figuresOf('municipality:orland');
      expect(figures.map((f) => [f.value, f.unit, f.start, f.end])).toEqual([[0.5, 'time', null, null]]);
    });

    it('gives a project its figures for the month the text names', async () => {
      // 000: "samarbeidet med 6 kommuner om gjennomføring av langbord for eldre på 8 lokasjoner i september i 2022."
      const figures = await figuresOf('project:langbord-for-eldre');
      expect(figures.map((f) => [f.value, f.unit, f.start, f.end]).sort()).toEqual([
        [6, 'kommuner', '2022-09-01', '2022-09-30'],
        [8, 'lokasjoner', '2022-09-01', '2022-09-30'],
      ]);
    });
  });
}
