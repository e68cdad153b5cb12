import { useI18n } from '../../i18n/use-i18n';
import { formatKroner } from '../../lib/reports';
import { EntityLink } from '../EntityLink';

export interface TreeGrant {
  id: string;
  name: string;
  amountNok: number | null;
  parentId: string | null;
}

/**
 * The selected grants as nested lists, each under the grant it is part of (a grant whose parent is not selected
 * starts a tree of its own). Plain nested lists: screen readers announce the level and the count, and every item
 * is a link in the tab order.
 */
export function GrantTreeList({ grants, counted }: { grants: readonly TreeGrant[]; counted: ReadonlySet<string> }) {
  const { t, language } = useI18n();
  const ids = new Set(grants.map((grant) => grant.id));
  const childrenOf = new Map<string | null, TreeGrant[]>();
  for (const grant of grants) {
    const parent = grant.parentId && ids.has(grant.parentId) ? grant.parentId : null;
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), grant]);
  }
  const branch = (parent: string | null, seen: ReadonlySet<string>) => {
    const children = childrenOf.get(parent) ?? [];
    if (children.length === 0) return null;
    return (
      <ul className="grant-tree">
        {children.map((grant) => (
          <li key={grant.id}>
            <EntityLink id={grant.id} name={grant.name} />{' '}
            <span className="grant-tree-amount">
              {grant.amountNok == null ? t('money.notStated') : formatKroner(grant.amountNok, language)}
            </span>
            {counted.has(grant.id) && <span className="grant-tree-counted"> ({t('money.counted')})</span>}
            {!seen.has(grant.id) && branch(grant.id, new Set([...seen, grant.id]))}
          </li>
        ))}
      </ul>
    );
  };
  return branch(null, new Set());
}
