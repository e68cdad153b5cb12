import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../generated/gql';
import { useI18n } from '../../i18n/use-i18n';
import { ProposalForm } from './ProposalForm';
import { TextField } from './TextField';

const EndRelation = graphql(`
  mutation EndRelation($relation: ID!, $end: Date!, $version: Int, $source: SourceInput!) {
    endRelation(relation: $relation, end: $end, version: $version, source: $source) {
      id
      status
      summary
    }
  }
`);

/** "Avslutt" on a relation's row: the last day of a membership, participation, … with a source. */
export function EndRelationForm({
  relation,
  version,
  description,
}: {
  relation: string;
  version: number;
  description: string;
}) {
  const { t } = useI18n();
  const [end, setEnd] = useState('');
  const [, endRelation] = useMutation(EndRelation);
  return (
    <ProposalForm
      intro={<p>{t('relationForm.endIntro', { relation: description })}</p>}
      send={(source) => endRelation({ relation, end, version, source })}
    >
      <TextField label={t('relationForm.lastDay')} type="date" required value={end} onChange={setEnd} />
    </ProposalForm>
  );
}
