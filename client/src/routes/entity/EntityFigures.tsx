import { EntityLink } from '../../components/EntityLink';
import { Section } from '../../components/Section';
import { Sources } from '../../components/Sources';
import { type FragmentType, graphql, useFragment } from '../../generated';
import { useI18n } from '../../i18n/use-i18n';
import { type FragmentRef, unmask } from '../../lib/fragments';

const FigureRowFields = graphql(`
  fragment FigureRow on Figure {
    id
    name
    value
    unit
    start
    end
    description
    citations {
      ...SourcesCitation
    }
  }
`);

export const EntityFiguresFields = graphql(`
  fragment EntityFigures on Entity {
    __typename
    ... on Municipality {
      figures {
        ...FigureRow
      }
    }
    ... on Organization {
      figures {
        ...FigureRow
      }
    }
    ... on Project {
      figures {
        ...FigureRow
      }
    }
  }
`);

/** The key figures the documents give about a municipality, body or project: what, value and unit, period, source. */
export function EntityFigures({ entity: ref }: { entity: FragmentRef<typeof EntityFiguresFields> }) {
  const entity = unmask(EntityFiguresFields, ref);
  if (!('figures' in entity) || entity.figures.length === 0) return null;
  return <FigureTable figures={entity.figures} />;
}

function FigureTable({ figures: refs }: { figures: readonly FragmentType<typeof FigureRowFields>[] }) {
  const { t, formatNumber } = useI18n();
  const figures = useFragment(FigureRowFields, refs);
  return (
    <Section id="figures" title={t('facts.figures')} count={figures.length}>
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">{t('facts.figuresCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('facts.figure')}</th>
              <th scope="col">{t('field.value')}</th>
              <th scope="col">{t('field.period')}</th>
              <th scope="col">{t('facts.source')}</th>
            </tr>
          </thead>
          <tbody>
            {figures.map((figure) => (
              <tr key={figure.id}>
                <td>
                  <EntityLink id={figure.id} name={figure.name} />
                  {figure.description && <p className="event-note">{figure.description}</p>}
                </td>
                <td className="number">
                  {figure.value == null ? '' : formatNumber(figure.value)} {figure.unit}
                </td>
                <td>{figure.start || figure.end ? `${figure.start ?? ''} – ${figure.end ?? ''}` : ''}</td>
                <td>
                  <Sources citations={figure.citations} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Section>
  );
}
