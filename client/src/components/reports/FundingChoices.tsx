import { useId, useMemo } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../generated/gql';
import { useI18n } from '../../i18n/use-i18n';
import { byName } from '../../lib/domain';
import { DraftSelect } from './DraftSelect';

// The funders, recipients and years that actually occur in the grants: the choosers offer only what gives a
// non-empty report, and a user who does not know the names can see them all. Read from the grants themselves, not
// from the totals: a total counts each krone once and so leaves out funders whose money sits inside a larger grant.
const FundingChoicesQuery = graphql(`
  query ReportFundingChoices {
    grants(first: 500, orderBy: NAME) {
      edges {
        node {
          ... on Grant {
            year
            funder {
              id
              name
            }
            recipients {
              id
              name
            }
          }
        }
      }
    }
  }
`);

interface Named {
  id: string;
  name: string;
}

export interface FundingChoiceLists {
  funders: Named[];
  recipients: Named[];
  /** Newest first. */
  years: number[];
  loading: boolean;
  /** The name of a funder or recipient, for captions; the id itself until the lists are there. */
  nameOf(id: string): string;
}

/** Each entity once, by name. */
const distinct = (items: readonly Named[]): Named[] =>
  [...new Map(items.map((item) => [item.id, { id: item.id, name: item.name }])).values()].sort(
    byName((item) => item.name),
  );

/** The choices, for the choosers and for the page's caption (which names the chosen funder and recipient). */
export function useFundingChoices(): FundingChoiceLists {
  const [{ data, fetching }] = useQuery({ query: FundingChoicesQuery });
  return useMemo(() => {
    const grants = (data?.grants.edges ?? []).map((edge) => edge.node);
    const funders = distinct(grants.flatMap((grant) => ('funder' in grant && grant.funder ? [grant.funder] : [])));
    const recipients = distinct(grants.flatMap((grant) => ('recipients' in grant ? grant.recipients : [])));
    const names = new Map([...funders, ...recipients].map((item) => [item.id, item.name]));
    return {
      funders,
      recipients,
      years: [...new Set(grants.flatMap((grant) => ('year' in grant && grant.year ? [grant.year] : [])))].sort(
        (a, b) => b - a,
      ),
      loading: fetching && !data,
      nameOf: (id: string) => names.get(id) ?? id,
    };
  }, [data, fetching]);
}

// A value from a shared URL that is not among the choices is still shown, by its id, rather than silently lost.
const withCurrent = (list: Named[], id: string | null) =>
  id && !list.some((item) => item.id === id) ? [{ id, name: id }, ...list] : list;

/** Choosers for funder, recipient and year, shared by the funding totals and the list of grants. */
export function FundingChoices({
  choices,
  funder,
  recipient,
  year,
  onFunder,
  onRecipient,
  onYear,
}: {
  choices: FundingChoiceLists;
  funder: string | null;
  recipient: string | null;
  year: number | null;
  onFunder(id: string | null): void;
  onRecipient(id: string | null): void;
  onYear(year: string | null): void;
}) {
  const { t } = useI18n();
  const { funders, recipients, years, loading } = choices;
  const funderId = useId();
  const recipientId = useId();
  const yearId = useId();
  return (
    <>
      <div className="report-field">
        <label htmlFor={funderId}>{t('reports.funder')}</label>
        <DraftSelect id={funderId} value={funder ?? ''} onChange={(next) => onFunder(next || null)}>
          <option value="">{loading ? t('reports.choicesLoading') : t('reports.allFunders')}</option>
          {withCurrent(funders, funder).map((item) => (
            <option key={item.id} value={item.id}>
              {item.name}
            </option>
          ))}
        </DraftSelect>
      </div>
      <div className="report-field">
        <label htmlFor={recipientId}>{t('reports.recipient')}</label>
        <DraftSelect id={recipientId} value={recipient ?? ''} onChange={(next) => onRecipient(next || null)}>
          <option value="">{loading ? t('reports.choicesLoading') : t('reports.allRecipients')}</option>
          {withCurrent(recipients, recipient).map((item) => (
            <option key={item.id} value={item.id}>
              {item.name}
            </option>
          ))}
        </DraftSelect>
      </div>
      <div className="report-field report-field-narrow">
        <label htmlFor={yearId}>{t('reports.year')}</label>
        <DraftSelect id={yearId} value={year ? String(year) : ''} onChange={(next) => onYear(next || null)}>
          <option value="">{t('reports.allYears')}</option>
          {(year && !years.includes(year) ? [year, ...years] : years).map((item) => (
            <option key={item} value={item}>
              {item}
            </option>
          ))}
        </DraftSelect>
      </div>
    </>
  );
}
