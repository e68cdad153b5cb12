import { type FormEvent, type ReactNode, useState } from 'react';
import type { CombinedError } from 'urql';
import type { SourceInput } from '../../generated/graphql';
import { useI18n } from '../../i18n/use-i18n';
import { EditError } from './EditError';
import { ProposalSent } from './ProposalSent';
import { EMPTY_SOURCE, SourcePicker, type SourceValue, sourceInput } from './SourcePicker';

/** What a proposing mutation answers: its one root field is the proposed Edit, with its summary. */
export interface ProposalResult {
  data?: object | null;
  error?: CombinedError;
}

/** The summary of the Edit a proposing mutation returned (its one root field), or null. */
function summaryOf(data: object | null | undefined): string | null {
  for (const value of Object.values(data ?? {})) {
    if (value && typeof value === 'object' && 'summary' in value && typeof value.summary === 'string') {
      return value.summary;
    }
  }
  return null;
}

/**
 * The scaffolding every proposal form shares: its own fields (children), then the source picker, what is still
 * missing, the server's refusal in words, and the button; once stored, what was proposed and that it awaits review.
 */
export function ProposalForm({
  send,
  check,
  onReset,
  children,
  intro,
}: {
  /** Sends the proposal with its source. */
  send(source: SourceInput): Promise<ProposalResult>;
  /** What the form can tell is wrong before sending (a field not chosen, an end before the start), or null. */
  check?: () => string | null;
  /** Given: after sending, "Foreslå en endring til" empties the form (the fields' own state is reset here). */
  onReset?: () => void;
  children?: ReactNode;
  intro?: ReactNode;
}) {
  const { t } = useI18n();
  const [source, setSource] = useState<SourceValue>(EMPTY_SOURCE);
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<CombinedError | undefined>(undefined);
  const [sending, setSending] = useState(false);
  const [sent, setSent] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const own = check?.() ?? null;
    const sourceValue = sourceInput(source);
    const missing = own ?? (sourceValue ? null : t('edit.missingSource'));
    setProblem(missing);
    if (missing || !sourceValue) return;
    setSending(true);
    const result = await send(sourceValue);
    setSending(false);
    setError(result.error);
    const summary = summaryOf(result.data);
    if (summary !== null) setSent(summary);
  };
  const another = () => {
    onReset?.();
    setSource(EMPTY_SOURCE);
    setProblem(null);
    setError(undefined);
    setSent(null);
  };

  if (sent !== null) return <ProposalSent summary={sent} onAnother={onReset ? another : undefined} />;
  return (
    // What was missing is no longer said once the user changes something (it is checked again on sending).
    <form className="edit-form" onSubmit={(event) => void submit(event)} onChange={() => setProblem(null)}>
      {intro}
      {children}
      <SourcePicker value={source} onChange={setSource} />
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
      <EditError error={error} />
      <button type="submit" disabled={sending}>
        {t('edit.submit')}
      </button>
    </form>
  );
}
