import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { Client, cacheExchange, fetchExchange, Provider } from 'urql';
import { App } from './App';
import { I18nProvider } from './i18n/I18nProvider';
import './styles.css';
import './auth.css';
import './edits.css';
import './documents.css';
import './profile.css';
import './states.css';

// Exchanges are configured once, here: a document cache (the graph changes only when it is re-seeded)
// and fetch against the same origin that served the page. Every request carries apollo-require-preflight, which
// the server requires of cookie-authenticated mutations (CSRF protection; docs/operations.md).
const client = new Client({
  url: '/graphql',
  exchanges: [cacheExchange, fetchExchange],
  preferGetMethod: false,
  fetchOptions: { headers: { 'apollo-require-preflight': 'true' } },
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <Provider value={client}>
      <I18nProvider>
        {/* Address changes apply at once: fields tied to the URL (dates, filters) must not jump back mid-typing. */}
        <BrowserRouter useTransitions={false}>
          <App />
        </BrowserRouter>
      </I18nProvider>
    </Provider>
  </StrictMode>,
);
