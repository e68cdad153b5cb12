import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../generated/gql';
import { useI18n } from '../../i18n/use-i18n';
import { RELATION_ENDS } from '../../lib/domain';
import { parseKroner } from '../../lib/edits';
import { formatKroner } from '../../lib/reports';
import { EntityPicker, type PickedEntity } from '../graph/EntityPicker';
import { EntitiesPicker } from './EntitiesPicker';
import { ProposalForm } from './ProposalForm';
import { TextField } from './TextField';

const AddGrant = graphql(`
  mutation AddGrant($input: GrantInput!, $source: SourceInput!) {
    addGrant(input: $input, source: $source) {
      id
      status
      summary
    }
  }
`);

/** A year as typed, when it is one the schema takes (1900–2100). */
function parseYear(text: string): number | null {
  const year = Number(text.trim());
  return /^\d{4}$/.test(text.trim()) && year >= 1900 && year <= 2100 ? year : null;
}

/**
 * "Nytt tilskudd": a grant with its name, amount in whole kroner (typed as Norwegians write it, "1 500 000"), year,
 * purpose, who gives it, who receives it, and the larger grant it is a part of. The page it is opened on fills in
 * what it knows (the funder on a funder's page, the recipient on a project's).
 */
export function AddGrantForm({
  funder: initialFunder,
  recipient,
}: {
  funder?: PickedEntity;
  recipient?: PickedEntity;
}) {
  const { t, language } = useI18n();
  const [name, setName] = useState('');
  const [amount, setAmount] = useState('');
  const [year, setYear] = useState('');
  const [purpose, setPurpose] = useState('');
  const [funder, setFunder] = useState<PickedEntity | null>(initialFunder ?? null);
  const [recipients, setRecipients] = useState<PickedEntity[]>(recipient ? [recipient] : []);
  const [partOf, setPartOf] = useState<PickedEntity | null>(null);
  const [, addGrant] = useMutation(AddGrant);
  const kroner = amount.trim() ? parseKroner(amount) : null;

  return (
    <ProposalForm
      check={() => {
        if (amount.trim() && kroner === null) return t('grantForm.badAmount');
        if (year.trim() && parseYear(year) === null) return t('grantForm.badYear');
        return null;
      }}
      send={(source) =>
        addGrant({
          input: {
            name: name.trim(),
            amountNok: kroner,
            year: parseYear(year),
            purpose: purpose.trim() || null,
            funder: funder?.id ?? null,
            recipients: recipients.map((entity) => entity.id),
            partOf: partOf?.id ?? null,
          },
          source,
        })
      }
      onReset={() => {
        setName('');
        setAmount('');
        setYear('');
        setPurpose('');
        setFunder(initialFunder ?? null);
        setRecipients(recipient ? [recipient] : []);
        setPartOf(null);
      }}
    >
      <TextField label={t('grantForm.name')} required value={name} onChange={setName} maxLength={300} />
      <div className="edit-pair">
        <div>
          <TextField
            label={t('grantForm.amount')}
            hint={t('grantForm.amountHint')}
            inputMode="numeric"
            value={amount}
            onChange={setAmount}
          />
          {amount.trim() !== '' && (
            <p className={kroner === null ? 'error' : 'hint'} aria-live="polite">
              {kroner === null
                ? t('grantForm.badAmount')
                : t('grantForm.amountReads', { amount: formatKroner(kroner, language) })}
            </p>
          )}
        </div>
        <div>
          <TextField label={t('grantForm.year')} inputMode="numeric" value={year} onChange={setYear} maxLength={4} />
        </div>
      </div>
      <TextField label={t('grantForm.purpose')} rows={2} value={purpose} onChange={setPurpose} maxLength={2000} />
      <EntityPicker
        label={t('grantForm.funder')}
        hint={t('grantForm.funderHint')}
        kinds={RELATION_ENDS.GRANTED_BY.to}
        value={funder}
        onChange={setFunder}
      />
      <EntitiesPicker
        label={t('grantForm.recipients')}
        hint={t('grantForm.recipientsHint')}
        placeholder={t('grantForm.recipientsPlaceholder')}
        kinds={RELATION_ENDS.GRANTED_TO.to}
        value={recipients}
        onChange={setRecipients}
      />
      <EntityPicker
        label={t('grantForm.partOf')}
        hint={t('grantForm.partOfHint')}
        placeholder={t('grantForm.partOfPlaceholder')}
        kinds={RELATION_ENDS.ALLOCATED_FROM.to}
        value={partOf}
        onChange={setPartOf}
      />
    </ProposalForm>
  );
}
