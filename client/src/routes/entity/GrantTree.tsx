import { EntityLink } from '../../components/EntityLink';
import { graphql } from '../../generated';
import { useI18n } from '../../i18n/use-i18n';
import { type FragmentRef, unmask } from '../../lib/fragments';
import { formatKroner } from '../../lib/reports';

export const GrantTreeFields = graphql(`
  fragment GrantTree on Entity {
    __typename
    ... on Grant {
      name
      amountNok
      partsTotalNok
      partsNote
      partOf {
        id
        name
        ... on Grant {
          amountNok
        }
      }
      parts {
        id
        name
        ... on Grant {
          amountNok
        }
      }
    }
  }
`);

/** A grant's place in the tree: the grant it is part of, and its parts with their amounts and their sum. */
export function GrantTree({ entity: ref }: { entity: FragmentRef<typeof GrantTreeFields> }) {
  const { t, language } = useI18n();
  const grant = unmask(GrantTreeFields, ref);
  if (grant.__typename !== 'Grant') return null;
  const kroner = (value: number | null | undefined) =>
    value == null ? t('money.notStated') : formatKroner(value, language);
  const { amountNok, partsTotalNok } = grant;
  const difference = amountNok != null && partsTotalNok != null ? partsTotalNok - amountNok : null;
  return (
    <section aria-labelledby="grant-tree">
      <h2 id="grant-tree">{t('grant.treeHeading')}</h2>
      {grant.partOf ? (
        <p>
          {t('grant.partOf')}: <EntityLink id={grant.partOf.id} name={grant.partOf.name} /> (
          {kroner('amountNok' in grant.partOf ? grant.partOf.amountNok : null)})
        </p>
      ) : (
        <p>{t('grant.topLevel')}</p>
      )}
      {grant.parts.length === 0 ? (
        <p>{t('grant.partsNone')}</p>
      ) : (
        <table className="data-table">
          <caption>{t('grant.partsCaption', { count: grant.parts.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('grant.part')}</th>
              <th scope="col" className="number">
                {t('grant.amount')}
              </th>
            </tr>
          </thead>
          <tbody>
            {grant.parts.map((part) => (
              <tr key={part.id}>
                <th scope="row">
                  <EntityLink id={part.id} name={part.name} />
                </th>
                <td className="number">{kroner('amountNok' in part ? part.amountNok : null)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('grant.partsSum')}</th>
              <td className="number">{kroner(partsTotalNok)}</td>
            </tr>
          </tfoot>
        </table>
      )}
      {difference === 0 && <p className="hint">{t('grant.partsEqual')}</p>}
      {difference !== null && difference > 0 && (
        <p className="hint">
          {t('grant.partsMore', { difference: kroner(difference), note: grant.partsNote ?? t('money.notStated') })}
        </p>
      )}
      {difference !== null && difference < 0 && (
        <p className="hint">{t('grant.partsLess', { difference: kroner(-difference) })}</p>
      )}
    </section>
  );
}
