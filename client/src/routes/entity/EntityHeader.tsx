import { Link } from 'react-router';
import { CorrectNameForm } from '../../components/edits/CorrectNameForm';
import { KindBadge } from '../../components/KindBadge';
import { Sources } from '../../components/Sources';
import { graphql } from '../../generated';
import { useI18n } from '../../i18n/use-i18n';
import { type FragmentRef, unmask } from '../../lib/fragments';
import { networkPath } from '../../lib/paths';

export const EntityHeaderFields = graphql(`
  fragment EntityHeader on Entity {
    id
    name
    kind
    aliases
    version
    citations {
      ...SourcesCitation
    }
    notes {
      ...StaffNoteLine
    }
  }
`);

// A body may be written a dozen ways; the first few say enough, the rest are one click away.
const ALIASES_SHOWN = 2;

/** What the entity is and where its facts come from, with the ways on: the network around it, a connection. */
export function EntityHeader({ entity: ref }: { entity: FragmentRef<typeof EntityHeaderFields> }) {
  const { t } = useI18n();
  const entity = unmask(EntityHeaderFields, ref);
  return (
    <header>
      <KindBadge kind={entity.kind} />
      <div className="entity-title">
        <h1>{entity.name}</h1>
        {/* A document is a source itself: its name is the file's, not a fact to correct. */}
        {entity.kind !== 'DOCUMENT' && <CorrectNameForm entity={entity} />}
      </div>
      {entity.aliases.length > 0 && (
        <div className="aliases">
          {t('entity.aliases')}: {entity.aliases.slice(0, ALIASES_SHOWN).join(', ')}
          {entity.aliases.length > ALIASES_SHOWN && (
            <details className="aliases-more">
              <summary>{t('glance.moreAliases', { count: entity.aliases.length - ALIASES_SHOWN })}</summary>
              {entity.aliases.slice(ALIASES_SHOWN).join(', ')}
            </details>
          )}
        </div>
      )}
      <Sources citations={entity.citations} notes={entity.notes} />
      <p className="entity-actions">
        <Link to={networkPath(entity.id)}>{t('entity.showInNetwork')}</Link>
        <Link to={`/forbindelse?fra=${encodeURIComponent(entity.id)}`}>{t('entity.findConnection')}</Link>
      </p>
    </header>
  );
}
