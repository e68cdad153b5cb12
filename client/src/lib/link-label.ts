import type { LinkType } from '../generated/graphql';
import type { Translate } from './connection-sentence';
import { ROLE_LINK_TYPES } from './domain';

/** Links that stand for a role (a person's seat or position): their label is the role's title. */
const ROLE_LINKS: ReadonlySet<LinkType> = new Set<LinkType>(ROLE_LINK_TYPES);

/** True for a link that stands for a role, whose label is a title rather than the source's wording of a fact. */
export function isRoleLink(type: LinkType): boolean {
  return ROLE_LINKS.has(type);
}

/**
 * The short text a link carries in a picture: a role's title ("ordfører") when it stands for a role, otherwise the
 * relationship in words ("medlem av"). The source's own wording of a fact stays in the details, where it is quoted.
 */
export function linkLabel(link: { type: LinkType; label?: string | null }, t: Translate): string {
  const type = link.type;
  const title = link.label?.trim();
  // A title alone would read the same on "holds a role in" and "represents"; the latter two say which they are.
  if (type === 'HOLDS_ROLE') return title || t('linkType.HOLDS_ROLE');
  if (type === 'REPRESENTS') return title ? t('network.label.represents', { title }) : t('linkType.REPRESENTS');
  if (type === 'SEAT') return title ? t('network.label.seat', { title }) : t('linkType.SEAT');
  return t(`rel.${type}`);
}
