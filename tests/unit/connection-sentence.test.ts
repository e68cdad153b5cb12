import { describe, expect, it } from 'vitest';
import { en, type MessageKey, nb } from '../../client/src/i18n/messages.js';
import {
  connectionSentence,
  connectionSentenceParts,
  type SentencePath,
  type Translate,
} from '../../client/src/lib/connection-sentence.js';

// The same contract as the I18nProvider's t(): placeholders filled from values, unknown ones left as they are.
const translator =
  (messages: Record<MessageKey, string>): Translate =>
  (key, values) =>
    messages[key].replace(/\{(\w+)\}/g, (_, name: string) => String(values?.[name] ?? `{${name}}`));

const tNb = translator(nb);
const tEn = translator(en);

const astad = { id: 'person:ingjerd-astad', name: 'Ingjerd Astad', kind: 'PERSON' } as const;
const stromskag = { id: 'person:kristin-stromskag', name: 'Kristin F. Strømskag', kind: 'PERSON' } as const;
const hitra = { id: 'municipality:hitra', name: 'Hitra', kind: 'MUNICIPALITY' } as const;
const council = {
  id: 'org:ipr-trondelag-sorvest',
  name: 'Interkommunalt politisk råd Trøndelag sørvest – lakseregionen',
  kind: 'ORGANIZATION',
} as const;
const ki4 = { id: 'project:helseplattformen-ki-4', name: 'KI 4', kind: 'PROJECT' } as const;
const froseth = { id: 'person:kari-froseth', name: 'Kari Frøseth', kind: 'PERSON' } as const;
const case78 = { id: 'case:kdu-78-21', name: 'KDU 78/21 Næringsråd', kind: 'CASE' } as const;
const kdu = { id: 'meeting:kdu-2021-11-05', name: 'KDU 5. november 2021', kind: 'MEETING' } as const;

// The example from the issue: a role, a membership, and a role read backwards.
const threeSteps: SentencePath = {
  nodes: [astad, hitra, council, stromskag],
  links: [
    { type: 'HOLDS_ROLE', label: 'kommunedirektør', from: astad, to: hitra },
    { type: 'MEMBER_OF', label: null, from: hitra, to: council },
    { type: 'HOLDS_ROLE', label: 'representant', from: stromskag, to: council },
  ],
};

describe('connectionSentence', () => {
  it('tells the issue example in Norwegian', () => {
    expect(connectionSentence(threeSteps, tNb)).toBe(
      'Ingjerd Astad er kommunedirektør i Hitra, som er medlem av Interkommunalt politisk råd Trøndelag sørvest – lakseregionen, der Kristin F. Strømskag er representant.',
    );
  });

  it('tells the same path in English', () => {
    expect(connectionSentence(threeSteps, tEn)).toBe(
      'Ingjerd Astad holds the role “kommunedirektør” in Hitra, which is a member of Interkommunalt politisk råd Trøndelag sørvest – lakseregionen, where Kristin F. Strømskag holds the role “representant”.',
    );
  });

  it('reads a first link that points backwards from the first entity', () => {
    const path: SentencePath = {
      nodes: [council, hitra],
      links: [{ type: 'MEMBER_OF', label: null, from: hitra, to: council }],
    };
    expect(connectionSentence(path, tNb)).toBe(
      'Interkommunalt politisk råd Trøndelag sørvest – lakseregionen har Hitra som medlem.',
    );
    expect(connectionSentence(path, tEn)).toBe(
      'Interkommunalt politisk råd Trøndelag sørvest – lakseregionen has Hitra as a member.',
    );
  });

  it('uses "who" after a person and "which" after anything else in English', () => {
    const path: SentencePath = {
      nodes: [hitra, astad, council],
      links: [
        { type: 'HOLDS_ROLE', label: 'kommunedirektør', from: astad, to: hitra },
        { type: 'REPRESENTS', label: 'medlem', from: astad, to: council },
      ],
    };
    expect(connectionSentence(path, tEn)).toBe(
      'Hitra has Ingjerd Astad in the role “kommunedirektør”, who represents Interkommunalt politisk råd Trøndelag sørvest – lakseregionen (“medlem”).',
    );
    expect(connectionSentence(path, tNb)).toBe(
      'Hitra har Ingjerd Astad som kommunedirektør, som representerer Interkommunalt politisk råd Trøndelag sørvest – lakseregionen (medlem).',
    );
  });

  it("keeps a fact link's own wording as an aside, and names a role without a title", () => {
    const path: SentencePath = {
      nodes: [hitra, ki4, astad],
      links: [
        { type: 'PARTICIPATES_IN', label: 'kommunalt innføringsløp 4', from: hitra, to: ki4 },
        { type: 'HOLDS_ROLE', label: '  ', from: astad, to: ki4 },
      ],
    };
    expect(connectionSentence(path, tNb)).toBe(
      'Hitra deltar i KI 4 (i kilden: «kommunalt innføringsløp 4»), der Ingjerd Astad er rolleinnehaver.',
    );
    expect(connectionSentence(path, tEn)).toBe(
      'Hitra takes part in KI 4 (in the source: “kommunalt innføringsløp 4”), where Ingjerd Astad holds the role “role holder”.',
    );
  });

  it('has a template for every link type in both languages', () => {
    const types = [
      'MEMBER_OF',
      'PART_OF',
      'HOST_OF',
      'PARTICIPATES_IN',
      'PARTNER_OF',
      'RESPONSIBLE_FOR',
      'LOCATED_IN',
      'IN_AREA_OF',
      'GRANTED_BY',
      'GRANTED_TO',
      'DECIDED_IN',
      'MEETING_OF',
      'CASE_IN',
      'CONCERNS',
      'REFERS_TO',
      'ATTENDED',
      'ALLOCATED_FROM',
      'HOLDS_ROLE',
      'REPRESENTS',
      'SEAT',
    ] as const;
    for (const type of types) {
      for (const t of [tNb, tEn]) {
        for (const [from, to] of [
          [hitra, council],
          [council, hitra],
        ] as const) {
          const sentence = connectionSentence(
            {
              nodes: [hitra, council, ki4],
              links: [
                { type, label: 'x', from, to },
                { type, label: 'y', from: ki4, to: council },
              ],
            },
            t,
          );
          expect(sentence).toMatch(/^Hitra .*Interkommunalt.*KI 4.*\.$/);
          expect(sentence).not.toMatch(/\{|\}|undefined/);
        }
      }
    }
  });

  it('tells a duty in a case as a task, never as a title after "er" (the issue\'s "er legger fram …")', () => {
    const path: SentencePath = {
      nodes: [froseth, case78, astad],
      links: [
        { type: 'HOLDS_ROLE', label: 'legger fram bakgrunn og forslag', from: froseth, to: case78 },
        { type: 'HOLDS_ROLE', label: 'saksbehandler', from: astad, to: case78 },
      ],
    };
    expect(connectionSentence(path, tNb)).toBe(
      'Kari Frøseth har oppgaven «legger fram bakgrunn og forslag» i KDU 78/21 Næringsråd, der Ingjerd Astad har oppgaven «saksbehandler».',
    );
    expect(connectionSentence(path, tEn)).toBe(
      'Kari Frøseth has the task “legger fram bakgrunn og forslag” in KDU 78/21 Næringsråd, where Ingjerd Astad has the task “saksbehandler”.',
    );
    expect(connectionSentence(path, tNb)).not.toMatch(/ er legger/);
  });

  it("tells an attendance by its status, not the attendance list's mark", () => {
    const path: SentencePath = {
      nodes: [froseth, kdu, astad],
      links: [
        { type: 'ATTENDED', label: 'x', from: froseth, to: kdu },
        { type: 'ATTENDED', label: 'Ikke til stede', from: astad, to: kdu },
      ],
    };
    expect(connectionSentence(path, tNb)).toBe(
      'Kari Frøseth deltok i KDU 5. november 2021, der Ingjerd Astad sto på deltakerlista, men ikke var til stede.',
    );
    expect(connectionSentence(path, tEn)).toBe(
      'Kari Frøseth attended KDU 5. november 2021, where Ingjerd Astad was on the list but absent.',
    );
  });

  it('has a sentence for every link type, both directions and every kind of place, in both languages', () => {
    const types = [
      'MEMBER_OF',
      'PART_OF',
      'HOST_OF',
      'PARTICIPATES_IN',
      'PARTNER_OF',
      'RESPONSIBLE_FOR',
      'LOCATED_IN',
      'IN_AREA_OF',
      'GRANTED_BY',
      'GRANTED_TO',
      'DECIDED_IN',
      'MEETING_OF',
      'CASE_IN',
      'CONCERNS',
      'REFERS_TO',
      'ATTENDED',
      'OWNS',
      'COMMENTED_ON',
      'ALLOCATED_FROM',
      'HOLDS_ROLE',
      'REPRESENTS',
      'SEAT',
    ] as const;
    const labels = ['x', 'Ikke til stede', 'Til stede på deler av møtet', 'på sak', 'medlem', null];
    for (const type of types) {
      for (const place of [council, case78, kdu]) {
        for (const label of labels) {
          for (const t of [tNb, tEn]) {
            // The first step along the path, the second against it (the "where" form).
            const sentence = connectionSentence(
              {
                nodes: [astad, place, froseth],
                links: [
                  { type, label, from: astad, to: place },
                  { type, label, from: froseth, to: place },
                ],
              },
              t,
            );
            expect(sentence).toMatch(/^Ingjerd Astad .+Kari Frøseth.*\.$/);
            expect(sentence).not.toMatch(/\{|\}|undefined|connection\./);
          }
        }
      }
    }
  });

  it("gives a source's wording once when two steps in a row share it", () => {
    const path: SentencePath = {
      nodes: [hitra, ki4, council],
      links: [
        { type: 'PARTICIPATES_IN', label: 'kommunal innføringsløp 4 (KI 4)', from: hitra, to: ki4 },
        { type: 'PARTICIPATES_IN', label: 'kommunal innføringsløp 4 (KI 4)', from: council, to: ki4 },
      ],
    };
    expect(connectionSentence(path, tNb).match(/i kilden/g)).toHaveLength(1);
  });

  it('returns the entities as parts, so the page can link them', () => {
    const entities = connectionSentenceParts(threeSteps, tNb).flatMap((part) =>
      'entity' in part ? [part.entity.id] : [],
    );
    expect(entities).toEqual([astad.id, hitra.id, council.id, stromskag.id]);
  });
});
