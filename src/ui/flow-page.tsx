/**
 * The page of any saved flow (a guide, a rehearsal): not found for an unknown id, a
 * loading line while its machine, content and saved progress load, a clear message if
 * loading fails, and then the flow itself.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { t } from '../lib/i18n/messages';
import { NotFound } from './not-found';
import { PageHeading } from './page-heading';
import { PageLoading } from './page-loading';

type Loading<L> = { kind: 'loading' } | { kind: 'ready'; loaded: L } | { kind: 'failed' };

interface FlowPageProps<L> {
  kind: 'guide' | 'rehearsal';
  known: boolean;
  /** Loads the flow; called again only when `loadKey` changes. */
  load: () => Promise<L>;
  loadKey: string;
  /** Runs once the flow has loaded, before it is shown (e.g. to tidy the address). */
  onReady?: (loaded: L) => void;
  children: (loaded: L) => ReactNode;
}

export function FlowPage<L>({ kind, known, load, loadKey, onReady, children }: FlowPageProps<L>) {
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
  return children(state.loaded);
}
