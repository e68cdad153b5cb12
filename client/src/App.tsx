import { Link, NavLink, Route, Routes } from 'react-router';
import { UserMenu } from './components/auth/UserMenu';
import { LanguageSwitch } from './components/LanguageSwitch';
import { SearchBox } from './components/SearchBox';
import { useI18n } from './i18n/use-i18n';
import { CLIENT_ROUTES } from './lib/domain';
import { useRouteTitle } from './lib/use-document-title';
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
  useRouteTitle();
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
          {/* On a phone each item has a short name (the long one is display: none there, so not its name either),
              so the whole menu fits one line and nothing hides at its end. */}
          <NavLink to="/representasjon">
            <span className="nav-long">{t('nav.representation')}</span>
            <span className="nav-short">{t('nav.representationShort')}</span>
          </NavLink>
          <NavLink to="/nettverk">{t('nav.network')}</NavLink>
          <NavLink to="/forbindelse">
            <span className="nav-long">{t('nav.connection')}</span>
            <span className="nav-short">{t('nav.connectionShort')}</span>
          </NavLink>
          <NavLink to="/rapporter">{t('nav.reports')}</NavLink>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <Routes>
          <Route path={CLIENT_ROUTES.home} element={<HomePage />} />
          <Route path={CLIENT_ROUTES.search} element={<SearchPage />} />
          <Route path={CLIENT_ROUTES.entity} element={<EntityPage />} />
          <Route path={CLIENT_ROUTES.entityHistory} element={<EntityPage tab="history" />} />
          <Route path={CLIENT_ROUTES.review} element={<ReviewPage />} />
          <Route path={CLIENT_ROUTES.newPerson} element={<NewPersonPage />} />
          <Route path={CLIENT_ROUTES.newEntity} element={<NewEntityPage />} />
          <Route path={CLIENT_ROUTES.upload} element={<UploadPage />} />
          <Route path={CLIENT_ROUTES.proposals} element={<ProposalsPage />} />
          <Route path={CLIENT_ROUTES.representation} element={<RepresentationPage />} />
          <Route path={CLIENT_ROUTES.network} element={<NetworkPage />} />
          <Route path={CLIENT_ROUTES.networkAround} element={<NetworkPage />} />
          <Route path={CLIENT_ROUTES.connection} element={<ConnectionPage />} />
          <Route path={CLIENT_ROUTES.reports} element={<ReportsPage />} />
          <Route path={CLIENT_ROUTES.report} element={<ReportPage />} />
          <Route path={CLIENT_ROUTES.signIn} element={<SignInPage />} />
          <Route path={CLIENT_ROUTES.myTokens} element={<MyTokensPage />} />
          <Route path={CLIENT_ROUTES.admin} element={<AdminPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </main>
    </>
  );
}
