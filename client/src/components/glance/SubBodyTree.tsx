import { type FragmentType, graphql, useFragment } from '../../generated';
import { useI18n } from '../../i18n/use-i18n';
import { compareNames } from '../../lib/domain';
import { EntityLink } from '../EntityLink';

// Three levels down from the body: the regional council's committees and networks, their working groups, and
// theirs; the tree has no deeper branch in the documents, and the page's query stays within its depth limit.
export const SubBodyTreeFields = graphql(`
  fragment SubBodyTree on Organization {
    children(asOf: $asOf) {
      id
      name
      ... on Organization {
        children(asOf: $asOf) {
          id
          name
          ... on Organization {
            children(asOf: $asOf) {
              id
              name
            }
          }
        }
      }
    }
  }
`);

interface Branch {
  id: string;
  name: string;
  children?: readonly Branch[];
}

function Branches({ branches }: { branches: readonly Branch[] }) {
  const sorted = [...branches].sort((a, b) => compareNames(a.name, b.name));
  return (
    <ul>
      {sorted.map((branch) => (
        <li key={branch.id}>
          <EntityLink id={branch.id} name={branch.name} />
          {branch.children && branch.children.length > 0 && <Branches branches={branch.children} />}
        </li>
      ))}
    </ul>
  );
}

/** A body's sub-bodies as a tree (PART_OF, inbound), each level in Norwegian order; nothing when it has none. */
export function SubBodyTree({ entity: ref }: { entity: FragmentType<typeof SubBodyTreeFields> }) {
  const { t } = useI18n();
  const { children } = useFragment(SubBodyTreeFields, ref);
  if (children.length === 0) return null;
  return (
    <li className="glance-card glance-tree">
      <h3>{t('glance.subBodies')}</h3>
      <Branches branches={children as readonly Branch[]} />
    </li>
  );
}
