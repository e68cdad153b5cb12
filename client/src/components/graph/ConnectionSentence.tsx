import { useI18n } from '../../i18n/use-i18n';
import { connectionSentenceParts, type SentencePath } from '../../lib/connection-sentence';
import { EntityLink } from '../EntityLink';

/** A path told as one sentence, with every entity named in it a link to its page. */
export function ConnectionSentence({ path }: { path: SentencePath }) {
  const { t } = useI18n();
  return (
    <p className="path-sentence">
      {connectionSentenceParts(path, t).map((part, index) =>
        'text' in part ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one sentence never reorder.
          <span key={index}>{part.text}</span>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: the same entity may occur twice in a sentence.
          <EntityLink key={index} id={part.entity.id} name={part.entity.name} />
        ),
      )}
    </p>
  );
}
