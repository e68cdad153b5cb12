import { foldedWords, foldName, personKey } from './names.js';
import type { EntityKindValue } from './vocabulary.js';

// Which entities may be one (the merge candidates an editor is shown): two of one kind whose spellings fold to the
// same text, or, for persons, share a name key (initials left out: "Kristin F. Strømskag" and "Kristin Strømskag"),
// or one is an initial-form of the other ("K. Strømskag" and "Kristin Strømskag").

export interface Spelled {
  id: string;
  kind: EntityKindValue;
  name: string;
  aliases: string[];
}

export interface MergeCandidate {
  a: string;
  b: string;
  /** Why they may be one: SAME_SPELLING, SAME_NAME_KEY or INITIALS. */
  reason: 'SAME_SPELLING' | 'SAME_NAME_KEY' | 'INITIALS';
}

/** True when every word of `short` is the word of `long` at the same place or its initial, and one is an initial. */
export function isInitialForm(short: string, long: string): boolean {
  const a = foldedWords(short);
  const b = foldedWords(long);
  if (a.length !== b.length || a.length < 2) return false;
  let initials = 0;
  for (const [index, word] of a.entries()) {
    const other = b[index] as string;
    if (word === other) continue;
    if (word.length === 1 && other.startsWith(word)) initials++;
    else if (other.length === 1 && word.startsWith(other)) initials++;
    else return false;
  }
  // The surname must be written out on both sides.
  return initials > 0 && (a.at(-1) as string).length > 1 && (b.at(-1) as string).length > 1;
}

/** Every pair that may be one, each once (a < b by id), with the strongest reason. */
export function candidatePairs(entities: Spelled[]): MergeCandidate[] {
  const found = new Map<string, MergeCandidate>();
  const rank = { SAME_SPELLING: 0, SAME_NAME_KEY: 1, INITIALS: 2 } as const;
  const add = (x: Spelled, y: Spelled, reason: MergeCandidate['reason']) => {
    const [a, b] = [x.id, y.id].sort() as [string, string];
    const key = `${a} ${b}`;
    const before = found.get(key);
    if (!before || rank[reason] < rank[before.reason]) found.set(key, { a, b, reason });
  };
  const byKind = new Map<EntityKindValue, Spelled[]>();
  for (const entity of entities) byKind.set(entity.kind, [...(byKind.get(entity.kind) ?? []), entity]);
  for (const [kind, group] of byKind) {
    const spellings = group.map((entity) => ({ entity, all: [entity.name, ...entity.aliases] }));
    for (const [i, x] of spellings.entries()) {
      for (const y of spellings.slice(i + 1)) {
        const folded = new Set(x.all.map(foldName));
        if (y.all.some((spelling) => folded.has(foldName(spelling)))) {
          add(x.entity, y.entity, 'SAME_SPELLING');
          continue;
        }
        if (kind !== 'PERSON') continue;
        const keys = new Set(x.all.map(personKey).filter((key) => key !== ''));
        if (y.all.some((spelling) => keys.has(personKey(spelling)))) {
          add(x.entity, y.entity, 'SAME_NAME_KEY');
          continue;
        }
        if (x.all.some((s) => y.all.some((t) => isInitialForm(s, t)))) add(x.entity, y.entity, 'INITIALS');
      }
    }
  }
  return [...found.values()].sort((p, q) => (p.a < q.a ? -1 : p.a > q.a ? 1 : p.b < q.b ? -1 : 1));
}
