import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../generated/gql';
import { useI18n } from '../../i18n/use-i18n';
import { EntityPicker, type PickedEntity } from '../graph/EntityPicker';
import { DateRange, endBeforeStart } from './DateRange';
import { ProposalForm } from './ProposalForm';
import { TextField } from './TextField';

const AddRole = graphql(`
  mutation AddRole($input: RoleInput!, $source: SourceInput!) {
    addRole(input: $input, source: $source) {
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
  const [person, setPerson] = useState<PickedEntity | null>(fixedPerson ?? null);
  const [title, setTitle] = useState('');
  const [organization, setOrganization] = useState<PickedEntity | null>(initialOrganization ?? null);
  const [onBehalfOf, setOnBehalfOf] = useState<PickedEntity | null>(initialBehalf ?? null);
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const [, addRole] = useMutation(AddRole);

  return (
    <ProposalForm
      check={() => {
        if (!person) return t('edit.missingPerson');
        if (endBeforeStart(start, end)) return t('edit.endBeforeStart');
        return null;
      }}
      send={(source) =>
        addRole({
          input: {
            person: person?.id ?? '',
            title: title.trim(),
            organization: organization?.id ?? null,
            onBehalfOf: onBehalfOf?.id ?? null,
            start: start || null,
            end: end || null,
          },
          source,
        })
      }
      onReset={() => {
        setPerson(fixedPerson ?? null);
        setTitle('');
        setStart('');
        setEnd('');
      }}
    >
      {fixedPerson ? (
        <p>
          {t('role.person')}: <strong>{fixedPerson.name}</strong>
        </p>
      ) : (
        <EntityPicker label={t('role.person')} kinds={['PERSON']} value={person} onChange={setPerson} />
      )}
      <TextField label={t('edit.roleTitle')} required value={title} onChange={setTitle} />
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
      <DateRange start={start} end={end} onStart={setStart} onEnd={setEnd} />
    </ProposalForm>
  );
}
