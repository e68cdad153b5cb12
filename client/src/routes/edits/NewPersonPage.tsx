import { useState } from 'react';
import { useMutation } from 'urql';
import { ProposalForm } from '../../components/edits/ProposalForm';
import { TextField } from '../../components/edits/TextField';
import { graphql } from '../../generated/gql';
import { useI18n } from '../../i18n/use-i18n';
import { aliasList } from '../../lib/edits';
import { EditorsOnly } from './EditorsOnly';

const AddPerson = graphql(`
  mutation AddPerson($name: String!, $aliases: [String!], $source: SourceInput!) {
    addPerson(name: $name, aliases: $aliases, source: $source) {
      id
      status
      summary
    }
  }
`);

/** /ny-person: the proposal of a person the graph does not have yet, with other spellings and a source. */
export function NewPersonPage() {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [aliases, setAliases] = useState('');
  const [, addPerson] = useMutation(AddPerson);
  return (
    <EditorsOnly>
      <article className="edit-page">
        <h1>{t('edit.newPerson')}</h1>
        <p>{t('edit.newPersonIntro')}</p>
        <ProposalForm
          send={(source) => addPerson({ name: name.trim(), aliases: aliasList(aliases), source })}
          onReset={() => {
            setName('');
            setAliases('');
          }}
        >
          <TextField label={t('edit.personName')} required value={name} onChange={setName} />
          <TextField
            label={t('edit.aliases')}
            hint={t('edit.aliasesHint')}
            rows={2}
            value={aliases}
            onChange={setAliases}
          />
        </ProposalForm>
      </article>
    </EditorsOnly>
  );
}
