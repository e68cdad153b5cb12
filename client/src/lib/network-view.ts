import { EntityKind, LinkType } from '../generated/graphql';

// A saved view of the network lives in the URL, so that a link or a bookmark opens the same picture: the centre is
// the path (/nettverk/<id>), the rest is the query string. Norwegian parameter names, like the page's other links:
//   steg=2                         distance from the centre (1–3)
//   utvid=<id>&utvid=<id>          nodes whose neighbours were fetched, in the order they were expanded
//   skjul=PERSON&skjul=MEETING     kinds switched off in the legend
//   skjul-lenke=ATTENDED           link types switched off
//   valgt=<id>                     the chosen node (or link)

export const HOP_CHOICES = [1, 2, 3] as const;

export interface NetworkView {
  hops: number;
  expanded: string[];
  hiddenKinds: Set<EntityKind>;
  hiddenTypes: Set<LinkType>;
  selected: string | null;
}

const KINDS = new Set<string>(Object.values(EntityKind));
const TYPES = new Set<string>(Object.values(LinkType));
/** More expansions than this in one link are ignored: each one is a query when the view is opened. */
export const MAX_SAVED_EXPANSIONS = 20;

/** The view a query string describes; unknown kinds and types and out-of-range distances are ignored. */
export function readView(params: URLSearchParams): NetworkView {
  const hops = Number(params.get('steg'));
  return {
    hops: (HOP_CHOICES as readonly number[]).includes(hops) ? hops : 1,
    expanded: [...new Set(params.getAll('utvid').filter(Boolean))].slice(0, MAX_SAVED_EXPANSIONS),
    hiddenKinds: new Set(params.getAll('skjul').filter((kind): kind is EntityKind => KINDS.has(kind))),
    hiddenTypes: new Set(params.getAll('skjul-lenke').filter((type): type is LinkType => TYPES.has(type))),
    selected: params.get('valgt') || null,
  };
}

/** The query string of a view: only what differs from the default, in a stable order. */
export function writeView(view: NetworkView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.hops !== 1) params.set('steg', String(view.hops));
  for (const id of view.expanded) params.append('utvid', id);
  for (const kind of [...view.hiddenKinds].sort()) params.append('skjul', kind);
  for (const type of [...view.hiddenTypes].sort()) params.append('skjul-lenke', type);
  if (view.selected) params.set('valgt', view.selected);
  return params;
}
