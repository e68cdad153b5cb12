import { type FragmentType, graphql, useFragment } from '../generated';
import { useI18n } from '../i18n/use-i18n';
import { useEditRights } from '../lib/auth';
import { compareNames, isAttendanceWording, relationPhraseKeys } from '../lib/domain';
import { EntityLink } from './EntityLink';
import { RelationActions } from './edits/RelationActions';
import { KindBadge } from './KindBadge';
import { Period } from './Period';
import { Sources } from './Sources';

export const RelationTableRelation = graphql(`
  fragment RelationTableRelation on Relation {
    id
    type
    as
    attendance
    validFrom
    validTo
    from {
      id
      name
      kind
    }
    to {
      id
      name
      kind
    }
    citations {
      ...SourcesCitation
    }
    notes {
      ...StaffNoteLine
    }
    ...RelationActionsRelation
  }
`);

/** The relationships of one entity, read from its side: "medlem av Trøndelag sørvest". */
export function RelationTable({
  selfId,
  relations: refs,
}: {
  selfId: string;
  relations: readonly FragmentType<typeof RelationTableRelation>[];
}) {
  const { t } = useI18n();
  const { canPropose } = useEditRights();
  const relations = useFragment(RelationTableRelation, refs);
  if (relations.length === 0) return <p>{t('entity.noRelations')}</p>;
  const rows = relations.map((relation) => {
    const outgoing = relation.from.id === selfId;
    return { relation, outgoing, other: outgoing ? relation.to : relation.from };
  });
  rows.sort((a, b) => a.relation.type.localeCompare(b.relation.type) || compareNames(a.other.name, b.other.name));
  return (
    // On a phone the table scrolls sideways in its own box, not the page.
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">{t('entity.relations')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('relation.type')}</th>
            <th scope="col">{t('relation.other')}</th>
            <th scope="col">{t('role.period')}</th>
            <th scope="col">{t('role.source')}</th>
            {canPropose && <th scope="col">{t('relationForm.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ relation, outgoing, other }) => {
            // An attendance reads as what it was ("var ikke til stede i"), never as the list's raw mark ("x").
            const phrase = relation.attendance
              ? t(outgoing ? `attendanceRel.${relation.attendance}` : `attendanceRelIn.${relation.attendance}`)
              : t(outgoing ? relationPhraseKeys(relation.type).forward : relationPhraseKeys(relation.type).inverse);
            return (
              <tr key={relation.id}>
                <td>
                  {phrase}
                  {relation.as && !(relation.attendance && isAttendanceWording(relation.as, relation.attendance)) && (
                    <span className="relation-as"> ({relation.as})</span>
                  )}
                </td>
                <td>
                  <KindBadge kind={other.kind} /> <EntityLink id={other.id} name={other.name} />
                </td>
                <td>
                  <Period validFrom={relation.validFrom} validTo={relation.validTo} />
                </td>
                <td>
                  <Sources citations={relation.citations} notes={relation.notes} />
                </td>
                {canPropose && (
                  <td>
                    <RelationActions relation={relation} description={`${phrase} ${other.name}`} />
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
