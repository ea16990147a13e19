import { isCancelledError, QueryClient, QueryClientProvider, useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { UrlState } from '../core/url-state';
import { datasetQueryOptions, requestFromParam, type DataRequest, type Progress } from '../data/load';
import { useDossierStore } from '../store/store';
import { useStrings } from '../ui/i18n';
import { DataActionsContext, type DataActions } from './data-actions';
import { DATA_STRINGS } from './data-strings';
import { DossierView } from './DossierView';
import { DropTarget } from './DropTarget';
import { ErrorPanel } from './ErrorPanel';
import { LoadProgress } from './LoadProgress';
import { focusOpenControl } from './OpenDataset';
import { startUrlSync } from './url-sync';
import './data.css';

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
        <DataLoader urlState={urlState} />
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

/** `?data=` names the dataset only while it is the one on screen: a local file or the bundled dossier drops it. */
function writeDataParam(request: DataRequest) {
  const q = new URLSearchParams(window.location.search);
  if (request.kind === 'url') q.set('data', request.param);
  else q.delete('data');
  const search = q.toString().replace(/%2C/gi, ',');
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${search ? `?${search}` : ''}${window.location.hash}`);
}

const labelOf = (r: DataRequest) => (r.kind === 'file' ? r.file.name : r.kind === 'url' ? r.param : 'data/dataset.json');

/**
 * Which dataset is on screen, and loading another. The shown dataset is a query; opening a file or going back
 * to the bundled dossier fetches the new one first, and only on success replaces what is shown (with a fresh
 * selection: the old ids do not apply). A file that fails leaves the dossier as it was, its problems in a
 * panel that can be dismissed.
 */
function DataLoader({ urlState }: { urlState: UrlState }) {
  const t = useStrings(DATA_STRINGS);
  const queryClient = useQueryClient();
  const [shown, setShown] = useState<DataRequest>(() => requestFromParam(urlState.data));
  const [generation, setGeneration] = useState(0);
  const [attempt, setAttempt] = useState<DataRequest | null>(null);
  const [failure, setFailure] = useState<Error | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const seq = useRef(0);
  const query = useQuery(datasetQueryOptions(shown, setProgress));

  const load = useCallback(async (request: DataRequest) => {
    setAttempt(request);
    setFailure(null);
    setProgress(null);
    try {
      await queryClient.fetchQuery(datasetQueryOptions(request, setProgress));
      writeDataParam(request);
      useDossierStore.setState({ from: null, to: null, places: [], actors: [], eventId: null, drawn: {} });
      setShown(request);
      setGeneration((g) => g + 1);
    } catch (err) {
      if (!isCancelledError(err) && (err as Error).name !== 'AbortError') setFailure(err as Error);
    } finally {
      setAttempt((a) => (a === request ? null : a));
    }
  }, [queryClient]);

  const actions = useMemo<DataActions>(() => ({
    openFile: (file) => void load({ kind: 'file', file, seq: ++seq.current }),
    loadBundled: () => void load({ kind: 'bundled' }),
  }), [load]);

  const cancel = (request: DataRequest) => void queryClient.cancelQueries({ queryKey: datasetQueryOptions(request).queryKey });
  const progressBar = attempt ? <LoadProgress key={labelOf(attempt)} label={labelOf(attempt)} progress={progress} onCancel={() => cancel(attempt)} />
    : query.isFetching ? <LoadProgress label={labelOf(shown)} progress={progress} onCancel={() => cancel(shown)} /> : null;

  let page;
  if (query.data) {
    page = (
      <DossierView key={generation} loaded={query.data} urlState={urlState}>
        {failure && <ErrorPanel error={failure} onDismiss={() => { setFailure(null); focusOpenControl(); }} onLoadBundled={actions.loadBundled} />}
      </DossierView>
    );
  } else if (query.isError || failure) {
    page = (
      <div className="app app--status" data-testid="app" data-ready="error">
        <ErrorPanel error={failure ?? query.error!} onLoadBundled={actions.loadBundled} />
      </div>
    );
  } else if (query.fetchStatus === 'idle') {
    // Cancelled before anything was shown.
    page = (
      <div className="app app--status" data-testid="app" data-ready="false">
        <p className="loading">{t.cancelled}</p>
        <button type="button" className="button" onClick={() => void query.refetch()}>{t.retry}</button>
        <button type="button" className="button" data-testid="load-bundled" onClick={actions.loadBundled}>{t.loadBundled}</button>
      </div>
    );
  } else {
    page = (
      <div className="app app--status" data-testid="app" data-ready="false" aria-busy="true">
        <p className="loading">{t.loading}</p>
      </div>
    );
  }
  return (
    <DataActionsContext.Provider value={actions}>
      {page}
      {progressBar}
      <DropTarget onFile={actions.openFile} />
    </DataActionsContext.Provider>
  );
}

