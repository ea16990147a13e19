import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState } from 'react';
import type { UrlState } from '../core/url-state';
import { datasetQueryOptions } from '../data/load';
import { useDossierStore } from '../store/store';
import { DossierView } from './DossierView';
import { ErrorPanel } from './ErrorPanel';
import { startUrlSync } from './url-sync';

// The authoring workspace (`?author=1`) is its own chunk: the viewer's first load does not carry it.
const AuthorApp = lazy(() => import('../author/AuthorApp'));
const isAuthoring = () => new URLSearchParams(window.location.search).get('author') === '1';

export function App({ urlState }: { urlState: UrlState }) {
  const [queryClient] = useState(() => new QueryClient());
  useEffect(() => startUrlSync(urlState), [urlState]);
  useDocumentSettings();
  return (
    <QueryClientProvider client={queryClient}>
      {isAuthoring() ? (
        <Suspense fallback={<div className="app app--status" data-testid="app" data-ready="false" aria-busy="true"><p className="loading">…</p></div>}>
          <AuthorApp />
        </Suspense>
      ) : (
        <DatasetGate urlState={urlState} />
      )}
    </QueryClientProvider>
  );
}

/** Keeps `<html lang>` and the theme attribute in step with the store. */
function useDocumentSettings() {
  const lang = useDossierStore((s) => s.lang);
  const theme = useDossierStore((s) => s.theme);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dataset.theme = theme;
  }, [lang, theme]);
}

function DatasetGate({ urlState }: { urlState: UrlState }) {
  const query = useQuery(datasetQueryOptions(urlState.data));
  if (query.isPending) {
    return (
      <div className="app app--status" data-testid="app" data-ready="false" aria-busy="true">
        <p className="loading">Loading dossier…</p>
      </div>
    );
  }
  if (query.isError) {
    return (
      <div className="app app--status" data-testid="app" data-ready="error">
        <ErrorPanel error={query.error} />
      </div>
    );
  }
  return <DossierView loaded={query.data} urlState={urlState} />;
}
