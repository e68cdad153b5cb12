import { useId, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../generated/gql';
import { useI18n } from '../../i18n/use-i18n';
import { useEditRights } from '../../lib/auth';
import { aliasList } from '../../lib/edits';
import { ActionDialog } from './ActionDialog';
import { ProposalForm } from './ProposalForm';
import { TextField } from './TextField';

const CorrectName = graphql(`
  mutation CorrectName(
    $entity: ID!
    $name: String
    $addAliases: [String!]
    $removeAliases: [String!]
    $version: Int
    $source: SourceInput!
  ) {
    correctName(
      entity: $entity
      name: $name
      addAliases: $addAliases
      removeAliases: $removeAliases
      version: $version
      source: $source
    ) {
      id
      status
      summary
    }
  }
`);

interface Named {
  id: string;
  name: string;
  aliases: readonly string[];
  version: number;
}

/** "Rett navn" in an entity page's header: a corrected name, other spellings added or taken away. Editors only. */
export function CorrectNameForm({ entity }: { entity: Named }) {
  const { t } = useI18n();
  const { canPropose } = useEditRights();
  if (!canPropose) return null;
  return (
    <ActionDialog
      label={t('nameForm.button')}
      name={t('nameForm.buttonNamed', { name: entity.name })}
      title={t('nameForm.title', { name: entity.name })}
    >
      <CorrectNameFields entity={entity} />
    </ActionDialog>
  );
}

function CorrectNameFields({ entity }: { entity: Named }) {
  const { t } = useI18n();
  const legendId = useId();
  const [name, setName] = useState(entity.name);
  const [added, setAdded] = useState('');
  const [removed, setRemoved] = useState<string[]>([]);
  const [, correctName] = useMutation(CorrectName);
  const newName = name.trim().replace(/\s+/g, ' ');
  const addAliases = aliasList(added).filter((alias) => !entity.aliases.includes(alias) && alias !== newName);
  return (
    <ProposalForm
      intro={<p className="hint">{t('nameForm.intro')}</p>}
      check={() => {
        if (newName === '') return t('nameForm.missingName');
        if (newName === entity.name && addAliases.length === 0 && removed.length === 0) return t('edit.nothingChanged');
        return null;
      }}
      send={(source) =>
        correctName({
          entity: entity.id,
          name: newName === entity.name ? null : newName,
          addAliases,
          removeAliases: removed,
          version: entity.version,
          source,
        })
      }
    >
      <TextField label={t('edit.personName')} required value={name} onChange={setName} maxLength={300} />
      {newName !== entity.name && newName !== '' && (
        <p className="hint">{t('nameForm.oldKept', { name: entity.name })}</p>
      )}
      <TextField
        label={t('nameForm.addAliases')}
        hint={t('edit.aliasesHint')}
        rows={2}
        value={added}
        onChange={setAdded}
      />
      {entity.aliases.length > 0 && (
        <fieldset className="alias-choices" aria-labelledby={legendId}>
          <legend id={legendId}>{t('nameForm.removeAliases')}</legend>
          {entity.aliases.map((alias) => (
            <label key={alias}>
              <input
                type="checkbox"
                checked={removed.includes(alias)}
                onChange={(event) =>
                  setRemoved(event.target.checked ? [...removed, alias] : removed.filter((other) => other !== alias))
                }
              />{' '}
              {alias}
            </label>
          ))}
        </fieldset>
      )}
    </ProposalForm>
  );
}
