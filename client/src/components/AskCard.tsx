import type { MouseEvent } from 'react';
import { Link } from 'react-router';
import { type FragmentType, graphql, useFragment } from '../generated';
import { useI18n } from '../i18n/use-i18n';
import { answerPage } from '../lib/ask';
import { formatDate } from '../lib/dates';
import { formatKroner } from '../lib/reports';
import { EntityLink } from './EntityLink';
import { SourceQuotes } from './SourceQuotes';

export const AskCardAnswer = graphql(`
  fragment AskCardAnswer on Answer {
    text
    interpretation
    shape
    asOf
    periodStart
    amountNok
    count
    date
    yes
    about {
      id
      name
      kind
    }
    entities {
      id
      name
      kind
    }
    seats {
      status
      role {
        id
        title
        lastObserved
        person {
          id
          name
        }
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
    citations {
      ...SourcesCitation
    }
  }
`);

/**
 * The answer to a question typed in the header search (docs/ask.md): the sentence, the seats or entities behind it
 * as links, how the question was understood, its sources, and the page that shows the same thing. A region with
 * ordinary links after the input, so Tab reaches them while the arrow keys stay with the suggestions.
 */
export function AskCard({ answer, onLeave }: { answer: FragmentType<typeof AskCardAnswer>; onLeave(): void }) {
  const { t, language } = useI18n();
  const data = useFragment(AskCardAnswer, answer);
  const page = answerPage(data);
  const seatPeople = new Set(data.seats.map((seat) => seat.role.person.id));
  // Entities the seats do not already show (the people are in the seat list).
  const others = data.entities.filter((entity) => !seatPeople.has(entity.id));
  return (
    // tabIndex -1: a click on its text keeps focus inside the search, so the card stays open.
    // biome-ignore lint/a11y/useKeyWithClickEvents: the click only notices that a link inside was followed (Enter on a link clicks it)
    <section
      className="ask-card"
      aria-label={t('ask.card')}
      tabIndex={-1}
      onClick={(event) => leaveOnLink(event, onLeave)}
    >
      <p className="ask-text">{data.text}</p>
      {data.amountNok != null && (
        <p className="ask-figure">
          {t('ask.amount')}: <strong>{formatKroner(data.amountNok, language)}</strong>
        </p>
      )}
      {data.count != null && data.entities.length === 0 && (
        <p className="ask-figure">
          {t('ask.count')}: <strong>{data.count}</strong>
        </p>
      )}
      {data.date && !data.text.includes(formatDate(data.date, language)) && (
        <p className="ask-figure">
          <strong>{formatDate(data.date, language)}</strong>
        </p>
      )}
      {data.seats.length > 0 && (
        <ul className="ask-seats" aria-label={t('ask.people')}>
          {data.seats.map(({ role, status }) => (
            <li key={role.id}>
              <EntityLink id={role.person.id} name={role.person.name} /> – {role.title}
              {role.heldIn && (
                <>
                  , <EntityLink id={role.heldIn.id} name={role.heldIn.name} />
                </>
              )}
              {role.onBehalfOf && role.onBehalfOf.id !== role.heldIn?.id && (
                <>
                  {' '}
                  ({t('ask.onBehalf')} <EntityLink id={role.onBehalfOf.id} name={role.onBehalfOf.name} />)
                </>
              )}
              {status && (
                <span className="ask-status">
                  {' · '}
                  {status === 'LAST_CONFIRMED' && role.lastObserved
                    ? t('role.lastConfirmed', { date: formatDate(role.lastObserved, language) })
                    : t(`ask.status.${status}`)}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {others.length > 0 && (
        <ul className="ask-entities" aria-label={t('ask.entities')}>
          {others.map((entity) => (
            <li key={entity.id}>
              <EntityLink id={entity.id} name={entity.name} />
            </li>
          ))}
        </ul>
      )}
      <p className="ask-interpretation">{t('ask.understood', { interpretation: data.interpretation })}</p>
      {data.citations.length > 0 && (
        <details className="ask-sources">
          <summary>{t('ask.sources', { count: data.citations.length })}</summary>
          <SourceQuotes citations={data.citations} />
        </details>
      )}
      {page && (
        <p className="ask-page">
          <Link to={page.path}>
            {page.page === 'entity' ? t('ask.open.entity', { name: page.name ?? '' }) : t(`ask.open.${page.page}`)} →
          </Link>
        </p>
      )}
    </section>
  );
}

/** A followed link ends the question: the card and the field are cleared for the next one. */
function leaveOnLink(event: MouseEvent, onLeave: () => void) {
  if (event.target instanceof Element && event.target.closest('a')) onLeave();
}
