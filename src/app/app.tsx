import { lazy, Suspense } from 'react';
import { Route, Router, Switch } from 'wouter';
import { pageLocale, routerBase } from '../lib/i18n/locale';
import { loadMessages } from '../lib/i18n/messages';
import type { MessagePart } from '../lib/i18n/message-parts';
import { wordsOnScreen } from '../lib/words-on-screen';
import { ErrorBoundary } from '../ui/error-boundary';
import { NotFound } from '../ui/not-found';
import { PageLoading } from '../ui/page-loading';
import { AppFailed } from './app-failed';
import { HomePage } from './home-page';
import { Layout } from './layout';

/** A page's module, with the part of the catalog only that page reads (each page's HTML
 * preloads both: scripts/site-pages.ts). */
const withWords = <M,>(part: MessagePart, page: Promise<M>) =>
  Promise.all([page, loadMessages(pageLocale(), part)]).then(([module]) => module);

// The guide, its machines and MDX are not needed for the first screen.
const ScenarioPage = lazy(() => import('../features/guide/scenario-page'));
const GlossaryPage = lazy(() =>
  withWords('reference', import('../features/reference/glossary-page')),
);
const PhraseBankPage = lazy(() =>
  withWords('reference', import('../features/reference/phrase-bank-page')),
);
const RecordsPage = lazy(() => import('../features/records/records-page'));
const CoachPage = lazy(() => import('../features/coach/coach-page'));
const RehearsalListPage = lazy(() =>
  withWords('rehearsal', import('../features/rehearsal/rehearsal-list-page')),
);
const RehearsalPage = lazy(() =>
  withWords('rehearsal', import('../features/rehearsal/rehearsal-page')),
);
const SearchPage = lazy(() => import('../features/search/search-page'));

export function App() {
  // Links inside the app stay in the page's language: /records in Spanish is /es/records.
  return (
    <ErrorBoundary words={wordsOnScreen} fallback={(words) => <AppFailed words={words} />}>
      <Router base={routerBase(pageLocale())}>
        <Layout>
          <Suspense fallback={<PageLoading />}>
            <Switch>
              <Route path="/" component={HomePage} />
              <Route path="/glossary" component={GlossaryPage} />
              <Route path="/phrases" component={PhraseBankPage} />
              <Route path="/records" component={RecordsPage} />
              <Route path="/coach" component={CoachPage} />
              <Route path="/scenarios/:id">{({ id }) => <ScenarioPage key={id} id={id} />}</Route>
              <Route path="/search" component={SearchPage} />
              <Route path="/rehearsals" component={RehearsalListPage} />
              <Route path="/rehearsals/:id">{({ id }) => <RehearsalPage key={id} id={id} />}</Route>
              <Route>{() => <NotFound />}</Route>
            </Switch>
          </Suspense>
        </Layout>
      </Router>
    </ErrorBoundary>
  );
}
