import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { DateRange, endBeforeStart } from '../../components/edits/DateRange';
import { ProposalForm } from '../../components/edits/ProposalForm';
import { SelectField } from '../../components/edits/SelectField';
import { TextField } from '../../components/edits/TextField';
import { graphql } from '../../generated/gql';
import { useI18n } from '../../i18n/use-i18n';
import { aliasList } from '../../lib/edits';
import { EditorsOnly } from './EditorsOnly';

const AddEntity = graphql(`
  mutation AddEntity($input: EntityInput!, $source: SourceInput!) {
    addEntity(input: $input, source: $source) {
      id
      status
      summary
    }
  }
`);

/** What addEntity makes (persons have /ny-person; grants their own form on funders' and projects' pages). */
const KINDS = ['ORGANIZATION', 'PROJECT', 'UNIVERSITY', 'FUNDER'] as const;
type NewKind = (typeof KINDS)[number];
const isNewKind = (value: string | null): value is NewKind => KINDS.includes(value as NewKind);

/**
 * /ny-enhet (?kind=FUNDER to start with a kind): the proposal of an organisation, project, university or funder the
 * graph does not have yet — its name and other spellings, its type in the source's words, a description, and for a
 * project its start and end.
 */
export function NewEntityPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const initial = params.get('kind');
  const [kind, setKind] = useState<NewKind>(isNewKind(initial) ? initial : 'ORGANIZATION');
  const [name, setName] = useState('');
  const [aliases, setAliases] = useState('');
  const [type, setType] = useState('');
  const [description, setDescription] = useState('');
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const [, addEntity] = useMutation(AddEntity);
  const project = kind === 'PROJECT';
  return (
    <EditorsOnly>
      <article className="edit-page">
        <h1>{t('newEntity.title')}</h1>
        <p>{t('newEntity.intro')}</p>
        <ProposalForm
          check={() => (project && endBeforeStart(start, end) ? t('edit.endBeforeStart') : null)}
          send={(source) =>
            addEntity({
              input: {
                kind,
                name: name.trim(),
                aliases: aliasList(aliases),
                type: type.trim() || null,
                description: description.trim() || null,
                start: project ? start || null : null,
                end: project ? end || null : null,
              },
              source,
            })
          }
          onReset={() => {
            setName('');
            setAliases('');
            setType('');
            setDescription('');
            setStart('');
            setEnd('');
          }}
        >
          <SelectField<NewKind>
            label={t('newEntity.kind')}
            value={kind}
            options={KINDS.map((option) => [option, t(`kind.${option}`)] as const)}
            onChange={setKind}
          />
          <TextField label={t('edit.personName')} required value={name} onChange={setName} maxLength={300} />
          <TextField
            label={t('edit.aliases')}
            hint={t('newEntity.aliasesHint')}
            rows={2}
            value={aliases}
            onChange={setAliases}
          />
          <TextField
            label={t('newEntity.type')}
            hint={t(project ? 'newEntity.typeHintProject' : 'newEntity.typeHint')}
            value={type}
            onChange={setType}
            maxLength={200}
          />
          <TextField
            label={t('newEntity.description')}
            rows={3}
            value={description}
            onChange={setDescription}
            maxLength={4000}
          />
          {project && (
            <DateRange start={start} end={end} onStart={setStart} onEnd={setEnd} hint={t('newEntity.periodHint')} />
          )}
        </ProposalForm>
      </article>
    </EditorsOnly>
  );
}
