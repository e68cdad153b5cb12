import { graphql } from '../../generated';
import { useI18n } from '../../i18n/use-i18n';
import { type FragmentRef, unmask } from '../../lib/fragments';
import { EntityLink } from '../EntityLink';

export const CitedFactFields = graphql(`
  fragment CitedFact on Node {
    __typename
    id
    ... on Role {
      title
      person {
        id
        name
      }
      heldIn {
        id
        name
      }
      representing {
        id
        name
      }
    }
    ... on Relation {
      type
      as
      from {
        id
        name
      }
      to {
        id
        name
      }
    }
    ... on Entity {
      name
      kind
    }
  }
`);

/** One fact a quote is a source of, in words, with links to the pages of the entities it speaks of. */
export function CitedFact({ fact: ref }: { fact: FragmentRef<typeof CitedFactFields> }) {
  const { t } = useI18n();
  const fact = unmask(CitedFactFields, ref);
  if (fact.__typename === 'Role') {
    const place = fact.heldIn ? <EntityLink id={fact.heldIn.id} name={fact.heldIn.name} /> : null;
    return (
      <>
        <EntityLink id={fact.person.id} name={fact.person.name} />
        {': '}
        {fact.title}
        {place && (
          <>
            {' '}
            {t('reader.in')} {place}
          </>
        )}
        {fact.representing && fact.representing.id !== fact.heldIn?.id && (
          <> ({t('reader.onBehalfOf', { name: fact.representing.name })})</>
        )}
      </>
    );
  }
  if (fact.__typename === 'Relation') {
    return (
      <>
        <EntityLink id={fact.from.id} name={fact.from.name} /> {t(`rel.${fact.type}`)}{' '}
        <EntityLink id={fact.to.id} name={fact.to.name} />
        {fact.as && <> («{fact.as}»)</>}
      </>
    );
  }
  if ('name' in fact && 'kind' in fact) {
    return (
      <>
        <EntityLink id={fact.id} name={fact.name} /> ({t(`kind.${fact.kind}`)})
      </>
    );
  }
  return null;
}
