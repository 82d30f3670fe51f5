/** Route /rehearsals — choose a conversation to practise and the teacher to practise with. */
import { useEffect, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { fillIn } from '../../lib/fill-in';
import { t } from '../../lib/i18n/messages';
import { PageHeading } from '../../ui/page-heading';
import { loadFlow } from '../../lib/storage/flow-store';
import { announceSetAside } from '../../lib/storage/resume-flow';
import { rehearsalSummaries, sharedWords } from '../../rehearsals/content';
import { rehearsalFlowId } from '../../rehearsals/define-rehearsal';
import { ChildNameField } from './child-name-field';
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
  const [situation, setSituation] = useState('');
  const [persona, setPersona] = useState<PersonaChoice>('any');
  const [child, setChild] = useState('');
  const [problem, setProblem] = useState(false);
  const underWay = useUnderWay();
  const [, navigate] = useLocation();
  const continuing = rehearsalSummaries.filter(({ id }) => underWay.has(id));

  return (
    <section className="page narrow rehearsals" aria-labelledby="rehearsals-title">
      <PageHeading id="rehearsals-title">{t('rehearsal.list.title')}</PageHeading>
      <p className="lead">{t('rehearsal.list.lead')}</p>

      {continuing.length > 0 && (
        <div className="reminders">
          <h2>{t('rehearsal.list.pickUp')}</h2>
          <ul className="home-links">
            {continuing.map(({ id, title }) => (
              <li key={id}>
                <Link href={`/rehearsals/${id}`}>{t('rehearsal.list.continue', { title })}</Link>
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
          const query = new URLSearchParams({ persona });
          if (child.trim()) query.set('child', child.trim());
          navigate(`/rehearsals/${situation}?${query.toString()}`);
        }}
      >
        <fieldset
          className={`field${problem ? ' has-error' : ''}`}
          aria-describedby={problem ? 'situation-problem' : undefined}
        >
          <legend>{t('rehearsal.list.which')}</legend>
          {problem && (
            <p className="field-error" id="situation-problem" role="alert">
              {t('rehearsal.list.choose')}
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
        <ChildNameField value={child} onChange={setChild} />
        <PersonaPicker
          legend={t('rehearsal.list.teacherLike')}
          value={persona}
          onChange={setPersona}
        />
        <div className="actions">
          <button type="submit" className="button primary">
            {t('rehearsal.list.start')}
          </button>
        </div>
      </form>
    </section>
  );
}
