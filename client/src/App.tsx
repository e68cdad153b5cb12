import { Link, Route, Routes } from 'react-router';
import { LanguageSwitch } from './components/LanguageSwitch';
import { SearchBox } from './components/SearchBox';
import { useI18n } from './i18n/use-i18n';
import { EntityPage } from './routes/EntityPage';
import { HomePage } from './routes/HomePage';
import { NotFoundPage } from './routes/NotFoundPage';
import { SearchPage } from './routes/SearchPage';

export function App() {
  const { t } = useI18n();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="site-header">
        <Link to="/" className="brand">
          {t('app.title')}
        </Link>
        <SearchBox />
        <LanguageSwitch />
      </header>
      <main id="main" tabIndex={-1}>
        <Routes>
          <Route path="/" element={<HomePage />} />
          <Route path="/search" element={<SearchPage />} />
          <Route path="/entity/:id" element={<EntityPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </main>
    </>
  );
}
