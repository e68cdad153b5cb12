import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../generated/gql';
import { useI18n } from '../../i18n/use-i18n';
import { relationPhraseKeys } from '../../lib/domain';
import { type RelationChoice, relationChoices } from '../../lib/edit-forms';
import { EntityPicker, type PickedEntity } from '../graph/EntityPicker';
import { DateRange, endBeforeStart } from './DateRange';
import { ProposalForm } from './ProposalForm';
import { SelectField } from './SelectField';
import { TextField } from './TextField';

const AddRelation = graphql(`
  mutation AddRelation($input: RelationInput!, $source: SourceInput!) {
    addRelation(input: $input, source: $source) {
      id
      status
      summary
    }
  }
`);

const choiceKey = (choice: RelationChoice) => `${choice.type}:${choice.outgoing ? 'out' : 'in'}`;

/**
 * "Ny relasjon" on a body's or project's page: a membership, participation, partnership, … read from the page's
 * side ("medlem av …", "har som medlem …"), the other entity found by search (of a kind the relation allows), its
 * wording in the source, and its period.
 */
export function AddRelationForm({ self }: { self: PickedEntity }) {
  const { t } = useI18n();
  const choices = relationChoices(self.kind);
  const [key, setKey] = useState(choices[0] ? choiceKey(choices[0]) : '');
  const [other, setOther] = useState<PickedEntity | null>(null);
  const [as, setAs] = useState('');
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const [, addRelation] = useMutation(AddRelation);
  const choice = choices.find((option) => choiceKey(option) === key) ?? choices[0];
  if (!choice) return null;
  const phrase = (option: RelationChoice) => {
    const keys = relationPhraseKeys(option.type);
    return `${t(option.outgoing ? keys.forward : keys.inverse)} …`;
  };

  return (
    <ProposalForm
      check={() => {
        if (!other) return t('relationForm.missingOther');
        if (endBeforeStart(start, end)) return t('edit.endBeforeStart');
        return null;
      }}
      send={(source) => {
        const [from, to] = choice.outgoing ? [self.id, other?.id ?? ''] : [other?.id ?? '', self.id];
        return addRelation({
          input: { type: choice.type, from, to, as: as.trim() || null, start: start || null, end: end || null },
          source,
        });
      }}
      onReset={() => {
        setOther(null);
        setAs('');
        setStart('');
        setEnd('');
      }}
    >
      <SelectField
        label={t('relationForm.type')}
        hint={t('relationForm.typeHint')}
        value={key}
        options={choices.map((option) => [choiceKey(option), phrase(option)] as const)}
        onChange={(next) => {
          setKey(next);
          // The one chosen may not be of a kind the new relation allows.
          const nextChoice = choices.find((option) => choiceKey(option) === next);
          if (other && nextChoice && !nextChoice.others.includes(other.kind)) setOther(null);
        }}
      />
      <EntityPicker
        label={t('relationForm.other')}
        hint={t('relationForm.otherHint', { kinds: choice.others.map((kind) => t(`kind.${kind}`)).join(', ') })}
        kinds={choice.others}
        value={other}
        onChange={setOther}
      />
      <TextField label={t('relationForm.as')} hint={t('relationForm.asHint')} value={as} onChange={setAs} />
      <DateRange start={start} end={end} onStart={setStart} onEnd={setEnd} />
    </ProposalForm>
  );
}
