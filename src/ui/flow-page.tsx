/**
 * The page of any saved flow (a guide, a rehearsal): not found for an unknown id, a
 * loading line while its machine, content and saved progress load, a clear message if
 * loading fails, and then the flow itself. If the flow's screen fails on what it holds,
 * the parent's words stay on screen, and its progress is set aside so it cannot fail again.
 */
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { t } from '../lib/i18n/messages';
import { setAsideFailedFlow } from '../lib/storage/flow-store';
import { announceSetAside } from '../lib/storage/resume-flow';
import { LiveSnapshotContext } from '../lib/storage/use-flow-actor';
import { offerWords } from '../lib/words-on-screen';
import { ErrorBoundary } from './error-boundary';
import { NotFound } from './not-found';
import { PageHeading } from './page-heading';
import { PageLoading } from './page-loading';
import { WordsRescue } from './words-rescue';

type Loading<L> = { kind: 'loading' } | { kind: 'ready'; loaded: L } | { kind: 'failed' };
type FlowKind = 'guide' | 'rehearsal';

/** What the page needs to keep a loaded flow's words safe if its screen fails. */
export interface FlowRescue {
  flowId: string;
  title: string;
  /** The snapshot the flow started from. */
  snapshot: unknown;
  /** The parent's words in a snapshot of this flow, as plain text (any shape: it may be bad). */
  words: (snapshot: unknown) => string;
}

interface FlowPageProps<L> {
  kind: FlowKind;
  known: boolean;
  /** Loads the flow; called again only when `loadKey` changes. */
  load: () => Promise<L>;
  loadKey: string;
  /** Runs once the flow has loaded, before it is shown (e.g. to tidy the address). */
  onReady?: (loaded: L) => void;
  rescue: (loaded: L) => FlowRescue;
  children: (loaded: L) => ReactNode;
}

export function FlowPage<L>(props: FlowPageProps<L>) {
  const { kind, known, load, loadKey, onReady, rescue, children } = props;
  const [state, setState] = useState<Loading<L>>({ kind: 'loading' });

  useEffect(() => {
    if (!known) return;
    let live = true;
    load().then(
      (loaded) => {
        if (!live) return;
        setState({ kind: 'ready', loaded });
        onReady?.(loaded);
      },
      () => live && setState({ kind: 'failed' }),
    );
    return () => {
      live = false;
    };
    // `load` and `onReady` are new functions each render; `loadKey` says what they load.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [known, loadKey]);

  if (!known) return <NotFound what={kind === 'guide' ? 'situation' : 'rehearsal'} />;
  if (state.kind === 'loading') return <PageLoading />;
  if (state.kind === 'failed') {
    return (
      <section className="page narrow">
        <PageHeading>{t(`flow.didntLoad.${kind}`)}</PageHeading>
        <p>{t('flow.didntLoad.why')}</p>
      </section>
    );
  }
  return (
    <FlowBoundary key={loadKey} kind={kind} rescue={rescue(state.loaded)}>
      {children(state.loaded)}
    </FlowBoundary>
  );
}

function FlowBoundary({
  kind,
  rescue,
  children,
}: {
  kind: FlowKind;
  rescue: FlowRescue;
  children: ReactNode;
}) {
  // The flow as it loaded; what each render passes later describes the same flow.
  const [flow] = useState(rescue);
  const readLive = useRef<() => unknown>(() => flow.snapshot);
  const report = useCallback((read: () => unknown) => {
    readLive.current = read;
  }, []);
  const live = useCallback(() => {
    try {
      return readLive.current();
    } catch {
      return flow.snapshot;
    }
  }, [flow]);
  const words = useCallback(() => flow.words(live()), [flow, live]);
  useEffect(() => offerWords(words), [words]);

  const setAside = () =>
    void setAsideFailedFlow(flow.flowId, live()).then(
      () => announceSetAside(flow.flowId, t(`failure.${kind}.setAside`, { title: flow.title })),
      () => undefined,
    );

  return (
    <LiveSnapshotContext value={report}>
      <ErrorBoundary
        words={words}
        onError={setAside}
        fallback={(text) => (
          <section className="page narrow">
            <PageHeading>{t(`failure.${kind}.title`)}</PageHeading>
            <p>{t(`failure.${kind}.body`)}</p>
            <WordsRescue words={text} />
            <div className="actions">
              <button
                type="button"
                className="button secondary"
                onClick={() => globalThis.location.reload()}
              >
                {t(`failure.${kind}.again`)}
              </button>
            </div>
          </section>
        )}
      >
        {children}
      </ErrorBoundary>
    </LiveSnapshotContext>
  );
}
