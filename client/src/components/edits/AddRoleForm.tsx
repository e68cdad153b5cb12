import { type FormEvent, useId, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../generated/gql';
import { useI18n } from '../../i18n/use-i18n';
import { EntityPicker, type PickedEntity } from '../graph/EntityPicker';
import { EditError } from './EditError';
import { ProposalSent } from './ProposalSent';
import { EMPTY_SOURCE, SourcePicker, type SourceValue, sourceInput } from './SourcePicker';

const AddRole = graphql(`
  mutation AddRole(
    $person: ID!
    $title: String!
    $organization: ID
    $onBehalfOf: ID
    $start: Date
    $end: Date
    $document: ID
    $quote: String
    $note: String
  ) {
    addRole(
      input: {
        person: $person
        title: $title
        organization: $organization
        onBehalfOf: $onBehalfOf
        start: $start
        end: $end
      }
      source: { document: $document, quote: $quote, note: $note }
    ) {
      id
      status
      summary
    }
  }
`);

/** Where a seat can be: a body, a project, a municipality's own office, a university. */
const SEAT_KINDS = ['ORGANIZATION', 'MUNICIPALITY', 'PROJECT', 'UNIVERSITY'] as const;
/** Whom a seat can represent: a municipality, or an organisation (a health trust). */
const BEHALF_KINDS = ['MUNICIPALITY', 'ORGANIZATION'] as const;

/**
 * The proposal of a new role: who, which title, where, on whose behalf, from and to, and its source. What the page
 * is about is filled in (the person on a person's page, the body on a body's page) and may be changed.
 */
export function AddRoleForm({
  person: fixedPerson,
  organization: initialOrganization,
  onBehalfOf: initialBehalf,
}: {
  person?: PickedEntity;
  organization?: PickedEntity;
  onBehalfOf?: PickedEntity;
}) {
  const { t } = useI18n();
  const ids = { title: useId(), start: useId(), end: useId() };
  const [person, setPerson] = useState<PickedEntity | null>(fixedPerson ?? null);
  const [title, setTitle] = useState('');
  const [organization, setOrganization] = useState<PickedEntity | null>(initialOrganization ?? null);
  const [onBehalfOf, setOnBehalfOf] = useState<PickedEntity | null>(initialBehalf ?? null);
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const [source, setSource] = useState<SourceValue>(EMPTY_SOURCE);
  const [missing, setMissing] = useState<string | null>(null);
  const [{ fetching, error }, addRole] = useMutation(AddRole);
  const [sent, setSent] = useState<string | null>(null);

  const reset = () => {
    setPerson(fixedPerson ?? null);
    setTitle('');
    setStart('');
    setEnd('');
    setSource(EMPTY_SOURCE);
    setSent(null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const sourceValue = sourceInput(source);
    if (!person) return setMissing(t('edit.missingPerson'));
    if (!sourceValue) return setMissing(t('edit.missingSource'));
    if (start && end && end < start) return setMissing(t('edit.endBeforeStart'));
    setMissing(null);
    const result = await addRole({
      person: person.id,
      title: title.trim(),
      organization: organization?.id ?? null,
      onBehalfOf: onBehalfOf?.id ?? null,
      start: start || null,
      end: end || null,
      ...sourceValue,
    });
    if (result.data?.addRole) setSent(result.data.addRole.summary);
  };

  if (sent) return <ProposalSent summary={sent} onAnother={reset} />;
  return (
    <form className="edit-form" onSubmit={(event) => void submit(event)}>
      {fixedPerson ? (
        <p>
          {t('role.person')}: <strong>{fixedPerson.name}</strong>
        </p>
      ) : (
        <EntityPicker label={t('role.person')} kinds={['PERSON']} value={person} onChange={setPerson} />
      )}
      <label htmlFor={ids.title}>{t('edit.roleTitle')}</label>
      <input id={ids.title} required value={title} onChange={(event) => setTitle(event.target.value)} />
      <EntityPicker
        label={t('edit.roleIn')}
        hint={t('edit.roleInHint')}
        kinds={SEAT_KINDS}
        value={organization}
        onChange={setOrganization}
      />
      <EntityPicker
        label={t('role.onBehalfOf')}
        hint={t('edit.onBehalfOfHint')}
        kinds={BEHALF_KINDS}
        value={onBehalfOf}
        onChange={setOnBehalfOf}
      />
      <div className="edit-dates">
        <div>
          <label htmlFor={ids.start}>{t('edit.start')}</label>
          <input id={ids.start} type="date" value={start} onChange={(event) => setStart(event.target.value)} />
        </div>
        <div>
          <label htmlFor={ids.end}>{t('edit.end')}</label>
          <input id={ids.end} type="date" value={end} onChange={(event) => setEnd(event.target.value)} />
        </div>
      </div>
      <SourcePicker value={source} onChange={setSource} />
      {missing && (
        <p role="alert" className="error">
          {missing}
        </p>
      )}
      <EditError error={error} />
      <button type="submit" disabled={fetching}>
        {t('edit.submit')}
      </button>
    </form>
  );
}
