import { type FormEvent, useId, useState } from 'react';
import { useMutation } from 'urql';
import { EditError } from '../../components/edits/EditError';
import { ProposalSent } from '../../components/edits/ProposalSent';
import { EMPTY_SOURCE, SourcePicker, type SourceValue, sourceInput } from '../../components/edits/SourcePicker';
import { graphql } from '../../generated/gql';
import { useI18n } from '../../i18n/use-i18n';
import { useEditRights } from '../../lib/auth';
import { SignInNeeded } from '../auth/SignInNeeded';

const AddPerson = graphql(`
  mutation AddPerson($name: String!, $aliases: [String!], $document: ID, $quote: String, $note: String) {
    addPerson(name: $name, aliases: $aliases, source: { document: $document, quote: $quote, note: $note }) {
      id
      status
      summary
    }
  }
`);

/** The other spellings as typed: one per line (or separated by semicolons), without blanks and repeats. */
function aliasList(text: string): string[] {
  return [...new Set(text.split(/[\n;]/).map((alias) => alias.trim().replace(/\s+/g, ' ')))].filter(Boolean);
}

/** /ny-person: the proposal of a person the graph does not have yet, with other spellings and a source. */
export function NewPersonPage() {
  const { t } = useI18n();
  const { canPropose, me, fetching: loadingMe } = useEditRights();
  const nameId = useId();
  const aliasesId = useId();
  const aliasesHint = useId();
  const [name, setName] = useState('');
  const [aliases, setAliases] = useState('');
  const [source, setSource] = useState<SourceValue>(EMPTY_SOURCE);
  const [missing, setMissing] = useState(false);
  const [sent, setSent] = useState<string | null>(null);
  const [{ fetching, error }, addPerson] = useMutation(AddPerson);

  if (!me) return loadingMe ? null : <SignInNeeded message={t('auth.needSignIn')} />;
  if (!canPropose) return <SignInNeeded message={t('edit.needEditor')} />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const sourceValue = sourceInput(source);
    setMissing(!sourceValue);
    if (!sourceValue) return;
    const result = await addPerson({ name: name.trim(), aliases: aliasList(aliases), ...sourceValue });
    if (result.data?.addPerson) setSent(result.data.addPerson.summary);
  };
  const reset = () => {
    setName('');
    setAliases('');
    setSource(EMPTY_SOURCE);
    setSent(null);
  };

  return (
    <article className="edit-page">
      <h1>{t('edit.newPerson')}</h1>
      <p>{t('edit.newPersonIntro')}</p>
      {sent ? (
        <ProposalSent summary={sent} onAnother={reset} />
      ) : (
        <form className="edit-form" onSubmit={(event) => void submit(event)}>
          <label htmlFor={nameId}>{t('edit.personName')}</label>
          <input id={nameId} required value={name} onChange={(event) => setName(event.target.value)} />
          <label htmlFor={aliasesId}>{t('edit.aliases')}</label>
          <textarea
            id={aliasesId}
            rows={2}
            value={aliases}
            aria-describedby={aliasesHint}
            onChange={(event) => setAliases(event.target.value)}
          />
          <p id={aliasesHint} className="hint">
            {t('edit.aliasesHint')}
          </p>
          <SourcePicker value={source} onChange={setSource} />
          {missing && (
            <p role="alert" className="error">
              {t('edit.missingSource')}
            </p>
          )}
          <EditError error={error} />
          <button type="submit" disabled={fetching}>
            {t('edit.submit')}
          </button>
        </form>
      )}
    </article>
  );
}
