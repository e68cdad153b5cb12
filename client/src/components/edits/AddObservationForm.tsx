import { useMutation } from 'urql';
import { graphql } from '../../generated/gql';
import { useI18n } from '../../i18n/use-i18n';
import { ProposalForm } from './ProposalForm';

const AddObservation = graphql(`
  mutation AddObservation($fact: ID!, $source: SourceInput!) {
    addObservation(fact: $fact, source: $source) {
      id
      status
      summary
    }
  }
`);

/** "Legg til kilde" on a role's or relation's row: one more source that says the same (a quote, or a note). */
export function AddObservationForm({ fact, description }: { fact: string; description: string }) {
  const { t } = useI18n();
  const [, addObservation] = useMutation(AddObservation);
  return (
    <ProposalForm
      intro={<p>{t('observationForm.intro', { fact: description })}</p>}
      send={(source) => addObservation({ fact, source })}
    />
  );
}
