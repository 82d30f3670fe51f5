/** Route /rehearsals — choose a conversation to practise and the teacher to practise with. */
import { useEffect, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { fillIn } from '../../lib/fill-in';
import { usePageHeading } from '../../ui/use-page-heading';
import { loadFlow } from '../../lib/storage/flow-store';
import { announceSetAside } from '../../lib/storage/resume-flow';
import { rehearsalSummaries, sharedWords } from '../../rehearsals/content';
import { rehearsalFlowId } from '../../rehearsals/define-rehearsal';
import { PersonaPicker, type PersonaChoice } from './persona-picker';

/** Rehearsals with a conversation under way, to offer "continue". */
function useUnderWay(): ReadonlySet<string> {
  const [underWay, setUnderWay] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    let live = true;
    void Promise.all(
      rehearsalSummaries.map(async ({ id, title }) => {
        const saved = await loadFlow(rehearsalFlowId(id));
        if (saved.kind === 'set-aside') {
          announceSetAside(
            rehearsalFlowId(id),
            fillIn(sharedWords.notices.setAsideCorrupted, { title }),
          );
        }
        const value =
          saved.kind === 'found' ? (saved.record.snapshot as { value?: unknown }).value : null;
        return value === 'conversation' ? [id] : [];
      }),
    ).then((ids) => live && setUnderWay(new Set(ids.flat())));
    return () => {
      live = false;
    };
  }, []);
  return underWay;
}

export default function RehearsalListPage() {
  const heading = usePageHeading<HTMLHeadingElement>('Rehearse a conversation');
  const [situation, setSituation] = useState('');
  const [persona, setPersona] = useState<PersonaChoice>('any');
  const [problem, setProblem] = useState(false);
  const underWay = useUnderWay();
  const [, navigate] = useLocation();
  const continuing = rehearsalSummaries.filter(({ id }) => underWay.has(id));

  return (
    <section className="page narrow rehearsals" aria-labelledby="rehearsals-title">
      <h1 id="rehearsals-title" ref={heading} tabIndex={-1}>
        Rehearse a conversation
      </h1>
      <p className="lead">
        Practise a hard conversation before you have it. A teacher replies to what you say, the
        coach tells you how each line landed, and you finish with your best lines.
      </p>

      {continuing.length > 0 && (
        <div className="reminders">
          <h2>Pick up where you left off</h2>
          <ul className="home-links">
            {continuing.map(({ id, title }) => (
              <li key={id}>
                <Link href={`/rehearsals/${id}`}>Continue: {title}</Link>
              </li>
            ))}
          </ul>
        </div>
      )}

      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!situation) {
            setProblem(true);
            return;
          }
          navigate(`/rehearsals/${situation}?persona=${persona}`);
        }}
      >
        <fieldset
          className={`field${problem ? ' has-error' : ''}`}
          aria-describedby={problem ? 'situation-problem' : undefined}
        >
          <legend>Which conversation would you like to practise?</legend>
          {problem && (
            <p className="field-error" id="situation-problem" role="alert">
              Choose a conversation to practise.
            </p>
          )}
          {rehearsalSummaries.map((summary) => (
            <label key={summary.id} className="choice">
              <input
                type="radio"
                name="situation"
                value={summary.id}
                checked={situation === summary.id}
                onChange={() => {
                  setSituation(summary.id);
                  setProblem(false);
                }}
              />
              <span className="choice-text">
                {summary.title}
                <span className="choice-detail">{summary.summary}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <PersonaPicker legend="What is the teacher like?" value={persona} onChange={setPersona} />
        <div className="actions">
          <button type="submit" className="button primary">
            Start the rehearsal
          </button>
        </div>
      </form>
    </section>
  );
}
