import { type FormEvent, useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useI18n } from '../i18n/use-i18n';

/** The header search field: submits to /search?q=…, where the results page owns the query. */
export function SearchBox() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  useEffect(() => setText(params.get('q') ?? ''), [params]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() !== '') navigate(`/search?q=${encodeURIComponent(text.trim())}`);
  };
  return (
    <search className="search-box">
      <form onSubmit={submit}>
        <label htmlFor="site-search" className="visually-hidden">
          {t('search.label')}
        </label>
        <input
          id="site-search"
          type="search"
          name="q"
          value={text}
          placeholder={t('search.placeholder')}
          autoComplete="off"
          onChange={(event) => setText(event.target.value)}
        />
        <button type="submit">{t('search.button')}</button>
      </form>
    </search>
  );
}
