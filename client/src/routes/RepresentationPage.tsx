import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { QueryState } from '../components/QueryState';
import { ColumnPicker } from '../components/representation/ColumnPicker';
import { CsvExport } from '../components/representation/CsvExport';
import { RepresentationFilters } from '../components/representation/RepresentationFilters';
import { RepresentationTable } from '../components/representation/RepresentationTable';
import { graphql } from '../generated/gql';
import { useI18n } from '../i18n/use-i18n';
import { formatDate } from '../lib/dates';
import { isIsoDate } from '../lib/domain';
import { buildView, defaultColumnIds } from '../lib/representation';
import '../representation.css';

// The whole matrix for the date, without the `bodies` filter: the API leaves out the own-offices cells when
// `bodies` is given, and the column picker needs every body. It is small (a dozen municipalities), so the
// municipality and column filters run in the browser and are instant.
const RepresentationQuery = graphql(`
  query Representation($asOf: Date) {
    representation(asOf: $asOf) {
      asOf
      municipalities {
        id
        name
        aliases
      }
      bodies {
        id
        name
      }
      cells {
        municipality {
          id
        }
        body {
          id
        }
        roles {
          ...RepresentationRolesRole
        }
      }
    }
  }
`);

// URL parameters, in Norwegian like the route, so a shared link reads well: ?dato=2021-11-05&kommune=frøya&organ=…
const DATE = 'dato';
const MUNICIPALITY = 'kommune';
const BODY = 'organ';

export function RepresentationPage() {
  const { t, plural, language } = useI18n();
  const [params, setParams] = useSearchParams();
  const rawDate = params.get(DATE) ?? '';
  const asOf = isIsoDate(rawDate) ? rawDate : null;
  const municipalityText = params.get(MUNICIPALITY) ?? '';
  // No `organ` at all means the default columns; `organ=` alone (everything unticked) means none. Kept as one
  // string so the memo below sees a value, not a fresh array on every render.
  const chosenKey = params.has(BODY) ? params.getAll(BODY).join('\n') : null;

  const [{ data, fetching, error }, reexecute] = useQuery({ query: RepresentationQuery, variables: { asOf } });
  const matrix = data?.representation;
  const view = useMemo(() => {
    if (!matrix) return null;
    const chosen = chosenKey === null ? null : chosenKey.split('\n').filter((id) => id !== '');
    return buildView(matrix, chosen, municipalityText);
  }, [matrix, chosenKey, municipalityText]);
  // urql keeps the previous date's table while the next one loads: it is marked busy rather than blanked.
  const stale = fetching || (matrix !== undefined && (matrix.asOf ?? null) !== asOf);

  const update = (change: (next: URLSearchParams) => void) => {
    const next = new URLSearchParams(params);
    change(next);
    // Replace, not push: every keystroke in the filter would otherwise be a step in the back button's history.
    setParams(next, { replace: true });
  };
  const setDate = (value: string) => update((next) => (value ? next.set(DATE, value) : next.delete(DATE)));
  const setMunicipalityText = (value: string) =>
    update((next) => (value ? next.set(MUNICIPALITY, value) : next.delete(MUNICIPALITY)));
  const setColumns = (ids: string[]) =>
    update((next) => {
      next.delete(BODY);
      if (ids.length === 0) next.set(BODY, '');
      for (const id of ids) next.append(BODY, id);
    });

  // The caption and the empty message speak of the date of the data on screen, which lags the URL while loading.
  const shownAsOf = matrix?.asOf ?? null;
  const dateText = shownAsOf ? formatDate(shownAsOf, language) : '';
  const caption = shownAsOf ? t('representation.captionAsOf', { date: dateText }) : t('representation.caption');

  return (
    <article className="representation-page">
      <h1>{t('representation.title')}</h1>
      <p className="lead">{t('representation.intro')}</p>
      {rawDate !== '' && asOf === null && (
        <p role="alert" className="error">
          {t('representation.badDate', { value: rawDate })}
        </p>
      )}
      <RepresentationFilters
        date={asOf ?? ''}
        onDate={setDate}
        municipalityText={municipalityText}
        onMunicipalityText={setMunicipalityText}
      >
        {view && matrix && (
          <ColumnPicker
            choices={view.choices}
            selected={view.columns.map((column) => column.id)}
            defaults={defaultColumnIds(matrix)}
            onChange={setColumns}
          />
        )}
        {view && !error && view.roleCount > 0 && (
          <CsvExport view={view} asOf={shownAsOf} filtered={municipalityText.trim() !== ''} />
        )}
      </RepresentationFilters>
      {stale && view && !error ? (
        <p role="status" className="loading">
          {t('representation.updating')}
        </p>
      ) : (
        <QueryState fetching={fetching} error={error} retry={() => reexecute({ requestPolicy: 'network-only' })} />
      )}
      {view && !error && (
        <div className="representation-result">
          <p role="status" className="representation-summary">
            {t('representation.summary', {
              municipalities: plural('representation.municipalities', view.rows.length),
              columns: plural('representation.columns', view.columns.length),
              roles: plural('representation.roles', view.roleCount),
            })}{' '}
            {view.missingCount > 0 && plural('representation.hiddenBodies', view.missingCount)}
          </p>
          {matrix && matrix.cells.length === 0 ? (
            <p className="representation-message">
              {shownAsOf ? t('representation.emptyDate', { date: dateText }) : t('representation.emptyAll')}{' '}
              {shownAsOf && (
                <button type="button" className="secondary" onClick={() => setDate('')}>
                  {t('representation.clearDate')}
                </button>
              )}
            </p>
          ) : view.rows.length === 0 ? (
            <p className="representation-message">
              {t('representation.noMunicipality', { text: municipalityText })}{' '}
              <button type="button" className="secondary" onClick={() => setMunicipalityText('')}>
                {t('representation.clearMunicipality')}
              </button>
            </p>
          ) : view.columns.length === 0 ? (
            <p className="representation-message">{t('representation.noColumns')}</p>
          ) : (
            <>
              <RepresentationTable view={view} caption={caption} busy={stale} />
              <p className="hint">{t('representation.periodNote')}</p>
              <p className="hint representation-share">{t('representation.share')}</p>
            </>
          )}
        </div>
      )}
    </article>
  );
}
