import { useQuery } from 'urql';
import { graphql } from '../../generated/gql';
import type { EntityKind, LinkType, RelationType } from '../../generated/graphql';
import { useI18n } from '../../i18n/use-i18n';
import { byName, relationPhraseKeys } from '../../lib/domain';
import { isRoleLink, linkLabel } from '../../lib/link-label';
import { EntityLink } from '../EntityLink';
import { KindBadge } from '../KindBadge';

const CommonGroundQuery = graphql(`
  query ConnectionCommonGround($a: ID!, $b: ID!) {
    commonGround(a: $a, b: $b) {
      shared {
        entity {
          id
          name
          kind
        }
        viaA {
          id
          type
          label
          from {
            id
          }
        }
        viaB {
          id
          type
          label
          from {
            id
          }
        }
      }
    }
  }
`);

// Bodies and projects first (LittleSis's interlocks: the boards two people both sit on), then the rest.
const KIND_ORDER: readonly EntityKind[] = ['ORGANIZATION', 'PROJECT', 'MUNICIPALITY', 'UNIVERSITY', 'FUNDER'];
const rank = (kind: EntityKind) => {
  const index = KIND_ORDER.indexOf(kind);
  return index === -1 ? KIND_ORDER.length : index;
};

interface End {
  id: string;
  name: string;
}

/**
 * What two entities have in common beside the paths between them: the bodies, projects and other entities both
 * are linked to, and how each is linked (the API's `commonGround`).
 */
export function CommonGround({ a, b }: { a: End; b: End }) {
  const { t } = useI18n();
  const [{ data, fetching, error }] = useQuery({ query: CommonGroundQuery, variables: { a: a.id, b: b.id } });
  /** How one end is linked to the shared entity, in words ("medlem av", "representant"), each once. */
  const how = (links: readonly { type: LinkType; label?: string | null; from: { id: string } }[], shared: string) => [
    ...new Set(
      links.map((link) =>
        // A fact link that points at the end ("Næringsråd is part of the council") is read from the end's side.
        link.from.id === shared && !isRoleLink(link.type)
          ? t(relationPhraseKeys(link.type as RelationType).inverse)
          : linkLabel(link, t),
      ),
    ),
  ];
  const shared = [...(data?.commonGround.shared ?? [])].sort(
    (x, y) => rank(x.entity.kind) - rank(y.entity.kind) || byName<typeof x>((item) => item.entity.name)(x, y),
  );
  return (
    <aside className="common-ground" aria-labelledby="common-ground-title">
      <h2 id="common-ground-title">{t('connection.common')}</h2>
      {fetching && !data && <p className="hint">{t('state.loading')}</p>}
      {error && <p className="hint">{t('connection.commonFailed')}</p>}
      {data && shared.length === 0 && <p className="hint">{t('connection.commonNone', { a: a.name, b: b.name })}</p>}
      {shared.length > 0 && (
        <>
          <p className="hint">{t('connection.commonIntro', { a: a.name, b: b.name })}</p>
          <ul className="common-list">
            {shared.map((item) => (
              <li key={item.entity.id}>
                <span className="common-entity">
                  <EntityLink id={item.entity.id} name={item.entity.name} /> <KindBadge kind={item.entity.kind} />
                </span>
                <dl className="common-how">
                  <div>
                    <dt>{a.name}</dt>
                    <dd>{how(item.viaA, item.entity.id).join(', ')}</dd>
                  </div>
                  <div>
                    <dt>{b.name}</dt>
                    <dd>{how(item.viaB, item.entity.id).join(', ')}</dd>
                  </div>
                </dl>
              </li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}
