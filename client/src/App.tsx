import { Link, NavLink, Route, Routes } from 'react-router';
import { UserMenu } from './components/auth/UserMenu';
import { LanguageSwitch } from './components/LanguageSwitch';
import { SearchBox } from './components/SearchBox';
import { useI18n } from './i18n/use-i18n';
import { AdminPage } from './routes/auth/AdminPage';
import { MyTokensPage } from './routes/auth/MyTokensPage';
import { SignInPage } from './routes/auth/SignInPage';
import { ConnectionPage } from './routes/ConnectionPage';
import { ProposalsPage } from './routes/documents/ProposalsPage';
import { UploadPage } from './routes/documents/UploadPage';
import { NewEntityPage } from './routes/edits/NewEntityPage';
import { NewPersonPage } from './routes/edits/NewPersonPage';
import { ReviewPage } from './routes/edits/ReviewPage';
import { EntityPage } from './routes/entity/EntityPage';
import { HomePage } from './routes/HomePage';
import { NetworkPage } from './routes/NetworkPage';
import { NotFoundPage } from './routes/NotFoundPage';
import { ReportPage } from './routes/ReportPage';
import { ReportsPage } from './routes/ReportsPage';
import { RepresentationPage } from './routes/RepresentationPage';
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
        <UserMenu />
        <nav aria-label={t('nav.main')} className="main-nav">
          <NavLink to="/representasjon">{t('nav.representation')}</NavLink>
          <NavLink to="/nettverk">{t('nav.network')}</NavLink>
          <NavLink to="/forbindelse">{t('nav.connection')}</NavLink>
          <NavLink to="/rapporter">{t('nav.reports')}</NavLink>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <Routes>
          <Route path="/" element={<HomePage />} />
          <Route path="/search" element={<SearchPage />} />
          <Route path="/entity/:id" element={<EntityPage />} />
          <Route path="/entity/:id/historikk" element={<EntityPage tab="history" />} />
          <Route path="/gjennomgang" element={<ReviewPage />} />
          <Route path="/ny-person" element={<NewPersonPage />} />
          <Route path="/ny-enhet" element={<NewEntityPage />} />
          <Route path="/last-opp" element={<UploadPage />} />
          <Route path="/dokumenter/:id/forslag" element={<ProposalsPage />} />
          <Route path="/representasjon" element={<RepresentationPage />} />
          <Route path="/nettverk" element={<NetworkPage />} />
          <Route path="/nettverk/:id" element={<NetworkPage />} />
          <Route path="/forbindelse" element={<ConnectionPage />} />
          <Route path="/rapporter" element={<ReportsPage />} />
          <Route path="/rapporter/:name" element={<ReportPage />} />
          <Route path="/logg-inn" element={<SignInPage />} />
          <Route path="/mine-tokens" element={<MyTokensPage />} />
          <Route path="/admin" element={<AdminPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </main>
    </>
  );
}
