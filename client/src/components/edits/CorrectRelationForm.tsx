import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../generated/gql';
import { useI18n } from '../../i18n/use-i18n';
import { type RelationNow, relationCorrection } from '../../lib/edit-forms';
import { DateRange, endBeforeStart } from './DateRange';
import { ProposalForm } from './ProposalForm';
import { TextField } from './TextField';

const CorrectRelation = graphql(`
  mutation CorrectRelation($relation: ID!, $input: RelationCorrection!, $version: Int, $source: SourceInput!) {
    correctRelation(relation: $relation, input: $input, version: $version, source: $source) {
      id
      status
      summary
    }
  }
`);

/** "Rett" on a relation's row: its wording in the source and its stated period. */
export function CorrectRelationForm({ relation, description }: { relation: RelationNow; description: string }) {
  const { t } = useI18n();
  const [as, setAs] = useState(relation.as ?? '');
  const [start, setStart] = useState(relation.start ?? '');
  const [end, setEnd] = useState(relation.end ?? '');
  const [, correctRelation] = useMutation(CorrectRelation);
  const next = { as, start, end };
  return (
    <ProposalForm
      intro={<p>{t('relationForm.correctIntro', { relation: description })}</p>}
      check={() => {
        if (endBeforeStart(start, end)) return t('edit.endBeforeStart');
        return relationCorrection(relation, next) ? null : t('edit.nothingChanged');
      }}
      send={(source) =>
        correctRelation({
          relation: relation.id,
          input: relationCorrection(relation, next) ?? {},
          version: relation.version,
          source,
        })
      }
    >
      <TextField label={t('relationForm.as')} hint={t('relationForm.asHint')} value={as} onChange={setAs} />
      <DateRange start={start} end={end} onStart={setStart} onEnd={setEnd} hint={t('relationForm.periodHint')} />
    </ProposalForm>
  );
}
