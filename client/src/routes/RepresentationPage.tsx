import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useClient, useQuery } from 'urql';
import { QueryState } from '../components/QueryState';
import { ColumnPicker } from '../components/representation/ColumnPicker';
import { CsvExport } from '../components/representation/CsvExport';
import { RepresentationFilters } from '../components/representation/RepresentationFilters';
import { RepresentationTable } from '../components/representation/RepresentationTable';
import { graphql } from '../generated/gql';
import { useI18n } from '../i18n/use-i18n';
import { formatDate } from '../lib/dates';
import { isIsoDate } from '../lib/domain';
import { buildView, defaultColumnIds, MUNICIPALITY_PAGE, mergePages } from '../lib/representation';
import '../representation.css';

// The matrix for the date, a page of municipalities at a time (MUNICIPALITY_PAGE; the region has a dozen, so one
// page), without the `bodies` filter: the API leaves out the own-offices cells when `bodies` is given, and the
// column picker needs every body. The municipality and column filters run in the browser over the loaded rows;
// while more municipalities than those are left to load, the municipality filter asks the server
// (`municipalityName`), so a municipality on a later page is found too.
const RepresentationQuery = graphql(`
  query Representation($asOf: Date, $first: Int, $after: String, $municipalityName: String) {
    representation(asOf: $asOf, first: $first, after: $after, municipalityName: $municipalityName) {
      asOf
      totalMunicipalities
      pageInfo {
        hasNextPage
        endCursor
      }
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

  const [{ data, fetching, error }, reexecute] = useQuery({
    query: RepresentationQuery,
    variables: { asOf, first: MUNICIPALITY_PAGE },
  });
  const first = data?.representation;
  // The pages after the first that "Vis flere kommuner" loaded, for the date of the first page.
  const client = useClient();
  const [more, setMore] = useState<{ asOf: string | null; pages: NonNullable<typeof first>[] }>({
    asOf: null,
    pages: [],
  });
  const [moreState, setMoreState] = useState<'idle' | 'loading' | 'failed'>('idle');
  const firstAsOf = first?.asOf ?? null;
  useEffect(() => {
    setMore({ asOf: firstAsOf, pages: [] });
    setMoreState('idle');
  }, [firstAsOf]);
  const pages = useMemo(
    () => (first ? [first, ...(more.asOf === (first.asOf ?? null) ? more.pages : [])] : []),
    [first, more],
  );
  const last = pages.at(-1);
  const loaded = useMemo(
    () => (first ? { ...mergePages(pages), asOf: first.asOf ?? null } : undefined),
    [first, pages],
  );
  // Filtering by name while municipalities are left to load: the server's first page of the municipalities that match.
  const filterText = municipalityText.trim();
  const serverFilter = filterText !== '' && last?.pageInfo.hasNextPage === true;
  const [{ data: filteredData }] = useQuery({
    query: RepresentationQuery,
    variables: { asOf, first: MUNICIPALITY_PAGE, municipalityName: filterText },
    pause: !serverFilter,
  });
  const filtered = serverFilter ? filteredData?.representation : undefined;
  const matrix = filtered ? { ...filtered, asOf: filtered.asOf ?? null } : loaded;
  const loadMore = async () => {
    if (!last?.pageInfo.endCursor) return;
    setMoreState('loading');
    const result = await client
      .query(RepresentationQuery, { asOf: last.asOf ?? null, first: MUNICIPALITY_PAGE, after: last.pageInfo.endCursor })
      .toPromise();
    const page = result.data?.representation;
    if (!page || result.error) {
      setMoreState('failed');
      return;
    }
    setMore((known) => ({
      asOf: page.asOf ?? null,
      pages: [...(known.asOf === (page.asOf ?? null) ? known.pages : []), page],
    }));
    setMoreState('idle');
  };
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
          {loaded && loaded.cells.length === 0 ? (
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
              {filtered?.pageInfo.hasNextPage && (
                <p className="representation-more" role="status">
                  {t('representation.moreStatus', {
                    shown: String(filtered.municipalities.length),
                    total: String(filtered.totalMunicipalities),
                  })}
                </p>
              )}
              {!filtered && first && last?.pageInfo.hasNextPage && (
                <p className="representation-more">
                  <span role="status">
                    {t('representation.moreStatus', {
                      shown: String(matrix?.municipalities.length ?? 0),
                      total: String(first.totalMunicipalities),
                    })}
                  </span>{' '}
                  <button type="button" className="secondary" onClick={loadMore} disabled={moreState === 'loading'}>
                    {t('representation.more')}
                  </button>
                  {moreState === 'failed' && (
                    <span role="alert" className="error">
                      {' '}
                      {t('representation.moreFailed')}
                    </span>
                  )}
                </p>
              )}
              <p className="hint">{t('representation.periodNote')}</p>
              <p className="hint representation-share">{t('representation.share')}</p>
            </>
          )}
        </div>
      )}
    </article>
  );
}
