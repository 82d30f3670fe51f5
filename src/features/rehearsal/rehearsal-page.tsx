/** Route /rehearsals/:id — one rehearsal, resumed where the parent left it. */
import { useState } from 'react';
import { useLocation, useSearch } from 'wouter';
import { isRehearsalId } from '../../rehearsals/content';
import { isPersona } from '../../rehearsals/define-rehearsal';
import type { PersonaId } from '../../rehearsals/types';
import { FlowPage } from '../../ui/flow-page';
import { loadRehearsalFlow, pickPersona, type LoadedRehearsalFlow } from './load-rehearsal';
import { RehearsalRunner } from './rehearsal-runner';
import { rehearsalWords } from './rehearsal-words';

// React may run the loading effect twice for one visit (StrictMode in development); both
// runs share one load, so a chosen teacher starts exactly one conversation.
const loading = new Map<string, Promise<LoadedRehearsalFlow>>();
function loadOnce(id: string, persona: PersonaId | undefined, child: string) {
  const key = `${id}:${persona ?? ''}:${child}`;
  let pending = loading.get(key);
  if (!pending) {
    pending = loadRehearsalFlow(id, persona, child).finally(() => loading.delete(key));
    loading.set(key, pending);
  }
  return pending;
}

export default function RehearsalPage({ id }: { id: string }) {
  // Read once: the teacher chosen on the list page ("any" lets the app pick).
  const search = useSearch();
  const [{ asked, child }] = useState(() => {
    const params = new URLSearchParams(search);
    const persona = params.get('persona');
    return {
      asked: persona === 'any' ? pickPersona() : isPersona(persona) ? persona : undefined,
      child: params.get('child') ?? '',
    };
  });
  const [, navigate] = useLocation();
  return (
    <FlowPage
      kind="rehearsal"
      known={isRehearsalId(id)}
      load={() => loadOnce(id, asked, child)}
      loadKey={`${id}:${asked ?? ''}:${child}`}
      // The choice starts one conversation; a reload must continue it, not start another.
      onReady={() => asked && navigate(`/rehearsals/${id}`, { replace: true })}
      rescue={(flow) => ({
        flowId: flow.rehearsal.flowId,
        title: flow.content.words.title,
        snapshot: flow.snapshot,
        words: (snapshot) => rehearsalWords(flow, snapshot),
      })}
    >
      {(flow) => <RehearsalRunner flow={flow} />}
    </FlowPage>
  );
}
