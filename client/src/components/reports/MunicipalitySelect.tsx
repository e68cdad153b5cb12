import { useId, useMemo } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../generated/gql';
import { useI18n } from '../../i18n/use-i18n';
import { byName } from '../../lib/domain';
import { DraftSelect } from './DraftSelect';

// The region has a dozen municipalities: a plain list to pick from beats typing.
const MunicipalitiesQuery = graphql(`
  query ReportMunicipalities {
    entities(kinds: [MUNICIPALITY], first: 200) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export interface MunicipalityChoices {
  municipalities: { id: string; name: string }[];
  loading: boolean;
  nameOf(id: string): string;
}

/** The municipalities, for the chooser and for the page's caption. */
export function useMunicipalities(): MunicipalityChoices {
  const [{ data, fetching }] = useQuery({ query: MunicipalitiesQuery });
  return useMemo(() => {
    const municipalities = (data?.entities.edges.map((edge) => edge.node) ?? []).sort(byName((item) => item.name));
    const names = new Map(municipalities.map((item) => [item.id, item.name]));
    return { municipalities, loading: fetching && !data, nameOf: (id: string) => names.get(id) ?? id };
  }, [data, fetching]);
}

export function MunicipalitySelect({
  choices,
  value,
  onChange,
}: {
  choices: MunicipalityChoices;
  value: string | null;
  onChange(id: string | null): void;
}) {
  const { t } = useI18n();
  const id = useId();
  const { municipalities, loading } = choices;
  const list =
    value && !municipalities.some((item) => item.id === value)
      ? [{ id: value, name: value }, ...municipalities]
      : municipalities;
  return (
    <div className="report-field">
      <label htmlFor={id}>{t('reports.municipality')}</label>
      <DraftSelect id={id} value={value ?? ''} onChange={(next) => onChange(next || null)}>
        <option value="">{loading ? t('reports.choicesLoading') : t('reports.allMunicipalities')}</option>
        {list.map((item) => (
          <option key={item.id} value={item.id}>
            {item.name}
          </option>
        ))}
      </DraftSelect>
    </div>
  );
}
