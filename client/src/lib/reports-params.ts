import { useCallback, useState } from 'react';
import { useSearchParams } from 'react-router';
import { withParam } from './reports';

/**
 * A report's selection lives in the URL's query string, so a view can be shared or bookmarked. Changes replace
 * the history entry rather than push one: otherwise every date typed would be a step of the back button.
 */
export function useReportParams() {
  const [params, setParams] = useSearchParams();
  const set = useCallback(
    (name: string, value: string | null) => setParams((current) => withParam(current, name, value), { replace: true }),
    [setParams],
  );
  const reset = useCallback(() => setParams(new URLSearchParams(), { replace: true }), [setParams]);
  return { params, set, reset };
}

/**
 * What a form control shows: the user's latest choice while it is on its way into the URL, else the value given.
 * The router applies URL changes in a React transition, so a control bound straight to the URL would jump back
 * to the old value after each change, and a date being typed would lose keystrokes when an earlier part of it
 * arrives. `change(next, commit)` updates the field; with `commit` the caller also sends it to the URL.
 */
export function useDraft<T>(value: T): [T, (next: T, commit?: boolean) => void] {
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  // The latest value sent to the URL that has not come back yet; wrapped, so that "none" differs from any value.
  const [pending, setPending] = useState<{ value: T } | null>(null);
  // Adjusting state while rendering (React's pattern for "state that follows a prop").
  if (!Object.is(seen, value)) {
    setSeen(value);
    if (pending === null) setDraft(value);
    else if (Object.is(pending.value, value)) setPending(null);
    // Otherwise an older value of ours is passing by: the field keeps what the user is typing.
  }
  const change = useCallback((next: T, commit = true) => {
    setDraft(next);
    if (commit) setPending({ value: next });
  }, []);
  return [draft, change];
}
