import {
  createEntityOfKind,
  createJudgement,
  createRedirect,
  createRole,
  deleteEntity,
  deleteJudgement,
  deleteRedirect,
  deleteRoles,
  ENDS_OF_TYPE,
  entitySnapshots,
  judgedPairs,
  linkByIds,
  linksFromEntity,
  linksFromRoles,
  linksToEntity,
  postsNaming,
  replaceEntityProperties,
  replacePostProperties,
  replaceRoleProperties,
  roleSnapshots,
  spellingsOfKinds,
  unlinkByIds,
} from '../cypher/index.js';
import type { BackupValue } from '../domain/backup.js';
import { EditRefusal } from '../domain/edits.js';
import { digest } from '../domain/ids.js';
import { candidatePairs, type MergeCandidate } from '../domain/merge.js';
import { searchProperties } from '../domain/names.js';
import { ENTITY_KINDS, type EntityKindValue } from '../domain/vocabulary.js';
import type { Row, TransactionRunner } from '../graph/store.js';
import { FLOORS, paramsOf, propertiesOf } from './backup.js';
import { type EditApplier, Unappliable, union } from './edit-apply.js';

// MERGE_ENTITIES and NOT_SAME (docs/edits.md, "Merging"): the appliers the apply engine dispatches to. A merge moves
// every relationship of `remove` to `keep` (roles, facts both ways, role links that point at it), gives `keep` its
// spellings and citations, folds two roles of the two in one post into one, and leaves a (:Redirect). Its undo is a
// typed snapshot of everything it changed, so that a revert writes the graph back as it was.

export interface MergeInput {
  keepId: string;
  removeId: string;
  kind: EntityKindValue;
}

export interface NotSameInput {
  judgementId: string;
  a: string;
  b: string;
  reason: string;
}

type Props = Record<string, BackupValue>;

interface Snapshot {
  id: string;
  properties: Props;
}

interface Link {
  type: string;
  /** Ids of the ends, as they were. */
  from: string;
  to: string;
  properties: Props;
}

/** The relationship a merge created, to remove on undo (relId: a fact's id). */
interface Created {
  type: string;
  from: string;
  to: string;
  relId: string | null;
}

interface MergeUndo {
  keep: Snapshot;
  remove: Snapshot;
  /** keep's version after the merge: a revert meets the graph as the merge left it, or refuses. */
  keepVersion: number;
  links: Link[];
  created: Created[];
  /** keep's roles, before the roles of remove in the same posts were folded into them. */
  keptRoles: Snapshot[];
  /** remove's roles that were folded into keep's, and their own relationships (post, place, on whose behalf). */
  foldedRoles: Snapshot[];
  foldedRoleLinks: Link[];
  posts: Snapshot[];
}

const texts = (value: BackupValue | undefined): string[] => (Array.isArray(value) ? value.map(String) : []);
const dateOf = (value: BackupValue | undefined): string | null =>
  value && typeof value === 'object' && !Array.isArray(value) && '$date' in value ? value.$date : null;

async function snapshots(tx: TransactionRunner, statement: typeof entitySnapshots, ids: string[]) {
  const rows = ids.length === 0 ? [] : await tx.run(statement, { ids, ...FLOORS });
  return new Map(rows.map((row) => [String(row.id), propertiesOf(String(row.id), row)]));
}

async function linksOf(tx: TransactionRunner, id: string): Promise<Link[]> {
  const out = (await tx.run(linksFromEntity, { id, ...FLOORS })).map((row: Row) => ({
    type: String(row.type),
    from: id,
    to: String(row.otherId),
    properties: propertiesOf(`${id} ${row.type}`, row),
  }));
  const inward = (await tx.run(linksToEntity, { id, ...FLOORS })).map((row: Row) => ({
    type: String(row.type),
    from: String(row.otherId),
    to: id,
    properties: propertiesOf(`${id} ${row.type}`, row),
  }));
  return [...out, ...inward];
}

async function link(tx: TransactionRunner, links: Link[]): Promise<void> {
  for (const type of Object.keys(ENDS_OF_TYPE)) {
    const rows = links
      .filter((l) => l.type === type)
      .map((l) => ({ from: l.from, to: l.to, properties: paramsOf(l.properties) }));
    const statement = linkByIds[type];
    if (rows.length > 0 && statement) await tx.run(statement, { rows });
  }
}

async function unlink(tx: TransactionRunner, created: Created[]): Promise<void> {
  for (const type of Object.keys(ENDS_OF_TYPE)) {
    const rows = created.filter((c) => c.type === type);
    const statement = unlinkByIds[type];
    if (rows.length > 0 && statement) await tx.run(statement, { rows });
  }
}

function assertMovable(link: Link): void {
  if (!ENDS_OF_TYPE[link.type]) {
    // FROM (a quote's document) and anything new: a document is never merged, so this is a new relationship type.
    throw new Error(`A merge cannot move a ${link.type} relationship: add it to ENDS_OF_TYPE (cypher/merge.ts).`);
  }
}

/** One role made of two of the same post: both sources, the widest span, the later title. */
function foldRole(kept: Props, folded: Props, editId: string): Props {
  const out: Props = { ...kept };
  for (const list of [
    'citationIds',
    'observedCitationIds',
    'observedFrom',
    'observedTo',
    'observedTitles',
    'noteEditIds',
    'notedFrom',
    'notedTo',
    'notedTitles',
  ]) {
    const joined =
      list === 'citationIds'
        ? union(texts(kept[list]), texts(folded[list]))
        : [...texts(kept[list]), ...texts(folded[list])];
    if (joined.length > 0 || kept[list] !== undefined) out[list] = joined;
  }
  const widest = (key: string, pick: (a: string, b: string) => string, nullWins: boolean) => {
    const a = dateOf(kept[key]);
    const b = dateOf(folded[key]);
    if (a === null && b === null) return;
    if ((a === null || b === null) && nullWins) {
      delete out[key];
      return;
    }
    const value = a === null ? b : b === null ? a : pick(a, b);
    if (value !== null) out[key] = { $date: value };
  };
  const min = (a: string, b: string) => (a < b ? a : b);
  const max = (a: string, b: string) => (a > b ? a : b);
  widest('start', min, false);
  widest('validFrom', min, false);
  widest('firstObserved', min, false);
  widest('end', max, false);
  widest('validTo', max, false);
  widest('lastObserved', max, false);
  // Still held if either still is.
  widest('endedOn', max, true);
  if ((dateOf(folded.lastObserved) ?? '') > (dateOf(kept.lastObserved) ?? '') && folded.title !== undefined) {
    out.title = folded.title;
    if (folded.titleKey !== undefined) out.titleKey = folded.titleKey;
    if (folded.titleText !== undefined) out.titleText = folded.titleText;
  }
  out.periodStated = kept.periodStated === true || folded.periodStated === true;
  out.version = Number(kept.version ?? 0) + 1;
  out.editIds = union(texts(kept.editIds), [editId]);
  return out;
}

/** keep as merged: remove's name and aliases among its aliases, both citations, its own fields kept first. */
function mergedEntity(keep: Props, remove: Props, editId: string): Props {
  const name = String(keep.name);
  const aliases = union(texts(keep.aliases), [String(remove.name), ...texts(remove.aliases)])
    .filter((alias) => alias !== name)
    .sort();
  const out: Props = { ...remove, ...keep };
  out.id = keep.id as string;
  out.aliases = aliases;
  Object.assign(out, searchProperties(name, aliases));
  out.citationIds = union(texts(keep.citationIds), texts(remove.citationIds));
  const notes = union(texts(keep.noteEditIds), texts(remove.noteEditIds));
  if (notes.length > 0) out.noteEditIds = notes;
  else delete out.noteEditIds;
  out.version = Number(keep.version ?? 0) + 1;
  out.editIds = union(texts(keep.editIds), [editId]);
  return out;
}

const mergeEntities: EditApplier = {
  targets: (edit) => {
    const input = edit.input as unknown as MergeInput;
    return [input.keepId, input.removeId];
  },
  async apply(tx, edit) {
    const input = edit.input as unknown as MergeInput;
    const { keepId, removeId } = input;
    const found = await snapshots(tx, entitySnapshots, [keepId, removeId]);
    const keep = found.get(keepId);
    const remove = found.get(removeId);
    if (!keep || !remove) throw new Unappliable(`${keep ? removeId : keepId} is no longer in the graph`);
    const links = await linksOf(tx, removeId);
    links.forEach(assertMovable);
    const keepLinks = await linksOf(tx, keepId);

    // Roles of the two in one post: remove's is folded into keep's.
    const heldBy = (all: Link[], personId: string) =>
      all.filter((l) => l.type === 'HOLDS' && l.from === personId).map((l) => l.to);
    const removeRoles = await snapshots(tx, roleSnapshots, heldBy(links, removeId));
    const keepRoles = await snapshots(tx, roleSnapshots, heldBy(keepLinks, keepId));
    const keepRoleOfPost = new Map([...keepRoles].map(([id, props]) => [String(props.postId), id]));
    const folds = [...removeRoles].flatMap(([id, props]) => {
      const into = keepRoleOfPost.get(String(props.postId));
      return into ? [{ id, into }] : [];
    });
    const foldedIds = new Set(folds.map((fold) => fold.id));
    const foldedRoleLinks = (await tx.run(linksFromRoles, { ids: [...foldedIds], ...FLOORS })).map((row: Row) => ({
      type: String(row.type),
      from: String(row.id),
      to: String(row.otherId),
      properties: propertiesOf(String(row.id), row),
    }));
    const posts = (await tx.run(postsNaming, { id: removeId, ...FLOORS })).map((row: Row) => ({
      id: String(row.id),
      properties: propertiesOf(String(row.id), row),
    }));

    // What moves to keep: every relationship but those to keep itself (a self-loop says nothing) and folded roles.
    const moved: Link[] = links
      .filter((l) => !(l.from === keepId || l.to === keepId))
      .filter((l) => !(l.type === 'HOLDS' && foldedIds.has(l.to)))
      .map((l) => ({ ...l, from: l.from === removeId ? keepId : l.from, to: l.to === removeId ? keepId : l.to }));
    const created: Created[] = moved.map((l) => ({
      type: l.type,
      from: l.from,
      to: l.to,
      relId: typeof l.properties.id === 'string' ? l.properties.id : null,
    }));

    const undo: MergeUndo = {
      keep: { id: keepId, properties: keep },
      remove: { id: removeId, properties: remove },
      keepVersion: Number(keep.version ?? 0) + 1,
      links,
      created,
      keptRoles: folds.map((fold) => ({ id: fold.into, properties: keepRoles.get(fold.into) as Props })),
      foldedRoles: folds.map((fold) => ({ id: fold.id, properties: removeRoles.get(fold.id) as Props })),
      foldedRoleLinks,
      posts,
    };

    await tx.run(replaceEntityProperties, { id: keepId, properties: paramsOf(mergedEntity(keep, remove, edit.id)) });
    for (const fold of folds) {
      const kept = keepRoles.get(fold.into) as Props;
      const folded = removeRoles.get(fold.id) as Props;
      await tx.run(replaceRoleProperties, { id: fold.into, properties: paramsOf(foldRole(kept, folded, edit.id)) });
    }
    if (foldedIds.size > 0) await tx.run(deleteRoles, { ids: [...foldedIds] });
    for (const post of posts) {
      const props = { ...post.properties };
      if (props.organizationId === removeId) props.organizationId = keepId;
      if (props.onBehalfOfId === removeId) props.onBehalfOfId = keepId;
      await tx.run(replacePostProperties, { id: post.id, properties: paramsOf(props) });
    }
    await tx.run(deleteEntity, { id: removeId });
    await link(tx, moved);
    await tx.run(createRedirect, { props: { id: removeId, to: keepId, editId: edit.id } });
    return { undo, mismatches: [] };
  },
  async undo(tx, edit, revert) {
    const undo = edit.undo as MergeUndo;
    const [now] = (await snapshots(tx, entitySnapshots, [undo.keep.id])).values();
    if (!now || Number(now.version ?? 0) !== undo.keepVersion) {
      throw new EditRefusal(
        'CONFLICT',
        `${String(undo.keep.properties.name)} has changed since the merge: revert those changes first.`,
        { current: { [undo.keep.id]: { version: Number(now?.version ?? 0) } } },
      );
    }
    const marked = (props: Props, version: number): Props => ({
      ...props,
      version,
      editIds: union(texts(props.editIds), [edit.id, revert.id]),
    });
    await unlink(tx, undo.created);
    await tx.run(deleteRedirect, { id: undo.remove.id });
    await tx.run(replaceEntityProperties, {
      id: undo.keep.id,
      properties: paramsOf(marked(undo.keep.properties, undo.keepVersion + 1)),
    });
    for (const role of undo.keptRoles) {
      await tx.run(replaceRoleProperties, {
        id: role.id,
        properties: paramsOf(marked(role.properties, Number(role.properties.version ?? 0) + 2)),
      });
    }
    for (const post of undo.posts) {
      await tx.run(replacePostProperties, { id: post.id, properties: paramsOf(post.properties) });
    }
    const kind = String(undo.remove.properties.kind) as EntityKindValue;
    const statement = createEntityOfKind[kind];
    if (!statement || !ENTITY_KINDS.includes(kind)) throw new Error(`No kind ${kind} to recreate ${undo.remove.id}`);
    await tx.run(statement, {
      properties: paramsOf(marked(undo.remove.properties, Number(undo.remove.properties.version ?? 0) + 2)),
    });
    for (const role of undo.foldedRoles) await tx.run(createRole, { properties: paramsOf(role.properties) });
    await link(tx, [...undo.foldedRoleLinks, ...undo.links]);
  },
};

/** The id of the judgement on a pair, whichever way round it is named. */
export function judgementId(a: string, b: string): string {
  return `judgement:${digest(...[a, b].sort())}`;
}

const notSame: EditApplier = {
  targets: () => [],
  async apply(tx, edit) {
    const input = edit.input as unknown as NotSameInput;
    await tx.run(createJudgement, {
      props: { id: input.judgementId, a: input.a, b: input.b, editId: edit.id, reason: input.reason },
    });
    return { undo: { judgementId: input.judgementId }, mismatches: [] };
  },
  async undo(tx, edit) {
    await tx.run(deleteJudgement, { id: (edit.undo as { judgementId: string }).judgementId });
  },
};

/** The appliers of this module, for the apply engine's table (data/edit-apply.ts). */
export const MERGE_APPLIERS = { MERGE_ENTITIES: mergeEntities, NOT_SAME: notSame };

/** Pairs of entities of one kind that may be one: same spelling folded, or one an initial-form of the other. */
export async function mergeCandidates(
  read: (statement: typeof judgedPairs, params?: Record<string, unknown>) => Promise<Row[]>,
  kinds: EntityKindValue[],
): Promise<MergeCandidate[]> {
  const rows = await read(spellingsOfKinds, { kinds: kinds.filter((kind) => kind !== 'DOCUMENT') });
  const judged = new Set((await read(judgedPairs)).map((row) => judgementId(String(row.a), String(row.b))));
  return candidatePairs(
    rows.map((row) => ({
      id: String(row.id),
      kind: String(row.kind) as EntityKindValue,
      name: String(row.name),
      aliases: Array.isArray(row.aliases) ? row.aliases.map(String) : [],
    })),
  ).filter((pair) => !judged.has(judgementId(pair.a, pair.b)));
}
