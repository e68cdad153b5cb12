import { type FragmentType, graphql, useFragment } from '../../generated';
import { useI18n } from '../../i18n/use-i18n';
import { ActionDialog } from './ActionDialog';
import { CorrectRelationForm } from './CorrectRelationForm';
import { EndRelationForm } from './EndRelationForm';
import { FactSourceActions } from './FactSourceActions';

export const RelationActionsRelation = graphql(`
  fragment RelationActionsRelation on Relation {
    id
    version
    as
    start
    end
  }
`);

/**
 * What an editor can propose on a relation's row: end it, correct its wording or period, add a source, retract
 * it. The table shows it to editors only. `description` names the relation ("medlem av Regionrådet").
 */
export function RelationActions({
  relation: ref,
  description,
}: {
  relation: FragmentType<typeof RelationActionsRelation>;
  description: string;
}) {
  const { t } = useI18n();
  const relation = useFragment(RelationActionsRelation, ref);
  return (
    <div className="row-actions">
      <ActionDialog
        label={t('edit.endRole')}
        name={t('relationForm.endNamed', { relation: description })}
        title={t('relationForm.endTitle')}
      >
        <EndRelationForm relation={relation.id} version={relation.version} description={description} />
      </ActionDialog>
      <ActionDialog
        label={t('roleForm.correct')}
        name={t('relationForm.correctNamed', { relation: description })}
        title={t('relationForm.correctTitle')}
      >
        <CorrectRelationForm
          relation={{
            id: relation.id,
            version: relation.version,
            as: relation.as ?? null,
            start: relation.start ?? null,
            end: relation.end ?? null,
          }}
          description={description}
        />
      </ActionDialog>
      <FactSourceActions fact={relation.id} version={relation.version} description={description} />
    </div>
  );
}
