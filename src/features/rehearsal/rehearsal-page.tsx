/** Route /rehearsals/:id — one rehearsal, resumed where the parent left it. */
import { useEffect, useState } from 'react';
import { useLocation, useSearch } from 'wouter';
import { NotFound } from '../../ui/not-found';
import { PageLoading } from '../../ui/page-loading';
import { isRehearsalId } from '../../rehearsals/content';
import { isPersona } from '../../rehearsals/define-rehearsal';
import type { PersonaId } from '../../rehearsals/types';
import { loadRehearsalFlow, pickPersona, type LoadedRehearsalFlow } from './load-rehearsal';
import { RehearsalRunner } from './rehearsal-runner';

// React may run the loading effect twice for one visit (StrictMode in development); both
// runs share one load, so a chosen teacher starts exactly one conversation.
const loading = new Map<string, Promise<LoadedRehearsalFlow>>();
function loadOnce(id: string, persona: PersonaId | undefined) {
  const key = `${id}:${persona ?? ''}`;
  let pending = loading.get(key);
  if (!pending) {
    pending = loadRehearsalFlow(id, persona).finally(() => loading.delete(key));
    loading.set(key, pending);
  }
  return pending;
}

type Loading =
  { kind: 'loading' } | { kind: 'ready'; flow: LoadedRehearsalFlow } | { kind: 'failed' };

export default function RehearsalPage({ id }: { id: string }) {
  const known = isRehearsalId(id);
  const [state, setState] = useState<Loading>({ kind: 'loading' });
  // Read once: the teacher chosen on the list page ("any" lets the app pick).
  const search = useSearch();
  const [asked] = useState(() => {
    const persona = new URLSearchParams(search).get('persona');
    if (persona === 'any') return pickPersona();
    return isPersona(persona) ? persona : undefined;
  });
  const [, navigate] = useLocation();

  useEffect(() => {
    if (!known) return;
    let live = true;
    loadOnce(id, asked).then(
      (flow) => {
        if (!live) return;
        setState({ kind: 'ready', flow });
        // The choice starts one conversation; a reload must continue it, not start another.
        if (asked) navigate(`/rehearsals/${id}`, { replace: true });
      },
      () => live && setState({ kind: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [id, known, asked, navigate]);

  if (!known) return <NotFound what="rehearsal" />;
  if (state.kind === 'loading') return <PageLoading />;
  if (state.kind === 'failed') {
    return (
      <section className="page narrow">
        <h1>This rehearsal didn't load</h1>
        <p>
          Check your connection and reload the page. Nothing you saved on this device has been
          changed.
        </p>
      </section>
    );
  }
  return <RehearsalRunner flow={state.flow} />;
}
