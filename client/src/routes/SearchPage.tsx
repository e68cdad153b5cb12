import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { EntityLink } from '../components/EntityLink';
import { MergePanel } from '../components/edits/MergePanel';
import type { PickedEntity } from '../components/graph/EntityPicker';
import { KindBadge } from '../components/KindBadge';
import { QueryState } from '../components/QueryState';
import { graphql } from '../generated/gql';
import { useI18n } from '../i18n/use-i18n';
import { useEditRights } from '../lib/auth';
import { seatContext } from '../lib/search-context';
import { useDocumentTitle } from '../lib/use-document-title';

const SearchQuery = graphql(`
  query Search($text: String!) {
    search(text: $text, first: 50) {
      score
      matchedBy
      entity {
        id
        name
        kind
        aliases
      }
      seat {
        title
        heldIn {
          id
          name
        }
        onBehalfOf {
          id
          name
        }
      }
    }
  }
`);

/** /search?q=: the hits; an editor can choose two of them to propose a merge (or that they are not the same). */
export function SearchPage() {
  const { t } = useI18n();
  const { canPropose } = useEditRights();
  const [params] = useSearchParams();
  const text = (params.get('q') ?? '').trim();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: SearchQuery,
    variables: { text },
    pause: text === '',
  });
  const [chosen, setChosen] = useState<PickedEntity[]>([]);
  useDocumentTitle(text === '' ? t('search.button') : t('search.results', { text }));
  if (text === '') return <p>{t('search.tooShort')}</p>;
  const toggle = (entity: PickedEntity) =>
    setChosen((now) =>
      now.some((other) => other.id === entity.id)
        ? now.filter((other) => other.id !== entity.id)
        : [...now, entity].slice(-2),
    );
  return (
    <>
      <h1>{t('search.results', { text })}</h1>
      <QueryState fetching={fetching} error={error} retry={() => reexecute({ requestPolicy: 'network-only' })} />
      {data && data.search.length === 0 && <p role="status">{t('search.none', { text })}</p>}
      {canPropose && data && data.search.length > 1 && <p className="hint">{t('merge.intro')}</p>}
      <ol className={canPropose ? 'search-results search-results-choosable' : 'search-results'}>
        {data?.search.map(({ entity, seat, matchedBy }) => (
          <li key={entity.id}>
            {canPropose && (
              <input
                type="checkbox"
                className="merge-check"
                aria-label={t('merge.choose', { name: entity.name })}
                checked={chosen.some((other) => other.id === entity.id)}
                onChange={() => toggle(entity)}
              />
            )}{' '}
            <KindBadge kind={entity.kind} /> <EntityLink id={entity.id} name={entity.name} />
            {seat && (
              <span className="search-context"> — {seatContext(seat, (name) => t('glance.forBehalf', { name }))}</span>
            )}
            {entity.aliases.length > 0 && <span className="aliases"> — {entity.aliases.join(', ')}</span>}
            {matchedBy === 'SPELLING' && <span className="search-spelling"> ({t('search.spelling')})</span>}
          </li>
        ))}
      </ol>
      {canPropose && data && data.search.length > 1 && <MergePanel chosen={chosen} onClear={() => setChosen([])} />}
      {canPropose && data && (
        <ul className="new-links">
          <li>
            <Link to="/ny-person">{t('edit.newPersonLink')}</Link>
          </li>
          <li>
            <Link to="/ny-enhet">{t('newEntity.link')}</Link>
          </li>
        </ul>
      )}
    </>
  );
}
