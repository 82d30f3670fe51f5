/** After the conversation: how it went, what worked, what to try, the transcript, and another go. */
import { useMemo } from 'react';
import { Link } from 'wouter';
import { usePageHeading } from '../../ui/use-page-heading';
import { personas, sharedWords } from '../../rehearsals/content';
import { debriefOf } from '../../rehearsals/debrief';
import { PERSONAS, type Strategy } from '../../rehearsals/types';
import { BestLines } from './best-lines';
import { ConversationLog } from './conversation-log';
import { pickPersona } from './load-rehearsal';
import { SaveStatusLine } from '../../ui/save-status-line';
import type { RehearsalScreenProps } from './screen-props';

/** "You asked a real question, and you gave a specific": the strategies one line showed. */
function namesOf(strategies: readonly Strategy[]) {
  const names = strategies.map((strategy, index) => {
    const name = sharedWords.qualities[strategy].name;
    return index === 0 ? name : name.replace(/^You\b/, 'you');
  });
  return new Intl.ListFormat('en', { type: 'conjunction' }).format(names);
}

export function DebriefView({ content, context, send, saveStatus }: RehearsalScreenProps) {
  const { words } = content;
  const ending = words.endings[context.ending ?? 'stalled'];
  const heading = usePageHeading<HTMLHeadingElement>(ending.title);
  const debrief = useMemo(() => debriefOf(content, context), [content, context]);
  const persona = context.persona ?? 'receptive';
  const { qualities } = sharedWords;
  const others = PERSONAS.filter((candidate) => candidate !== persona);

  return (
    <section className="page narrow rehearsal debrief" aria-labelledby="debrief-title">
      <p className="rehearsal-kicker">
        Debrief: {words.title}, with a {personas[persona].name.toLowerCase()} teacher
      </p>
      <h1 id="debrief-title" ref={heading} tabIndex={-1}>
        {ending.title}
      </h1>
      <p className="lead">{ending.summary}</p>

      <h2>What worked</h2>
      <ul className="debrief-list debrief-worked">
        <li>{ending.worked}</li>
        {debrief.worked.map(({ line, strategies }) => (
          <li key={line}>
            <strong>{namesOf(strategies)}:</strong> “{line}”{' '}
            {strategies[0] && qualities[strategies[0]].landed}
          </li>
        ))}
        {debrief.worked.length === 0 && <li>{sharedWords.workedAlways}</li>}
      </ul>

      <h2>What to try next time</h2>
      <ul className="debrief-list debrief-try">
        {debrief.setbacks.map(({ setback, line }) => (
          <li key={setback}>
            <strong>{qualities[setback].name}:</strong> “{line}” {qualities[setback].missed}
          </li>
        ))}
        {debrief.tryNext.slice(0, 2).map((strategy) => (
          <li key={strategy}>{qualities[strategy].tryNext}</li>
        ))}
        <li>{ending.tryNext}</li>
      </ul>

      <h2>Your best lines</h2>
      <BestLines content={content} lines={debrief.bestLines} toCarry={debrief.carryLines} />

      <h2>Practise again</h2>
      <p>The same conversation goes differently with a different teacher.</p>
      <div className="action-grid">
        {others.map((other) => (
          <button
            key={other}
            type="button"
            className="button secondary"
            onClick={() => send({ type: 'rehearsal.start', persona: other })}
          >
            With a {personas[other].name.toLowerCase()} teacher
          </button>
        ))}
        <button
          type="button"
          className="button secondary"
          onClick={() => send({ type: 'rehearsal.start', persona: pickPersona([persona]) })}
        >
          Pick one for me
        </button>
      </div>

      <h2>The whole conversation</h2>
      <ConversationLog
        content={content}
        persona={persona}
        log={context.log}
        live={false}
        label="Transcript"
      />

      <div className="actions">
        <Link href="/rehearsals" className="button secondary">
          All rehearsals
        </Link>
      </div>
      <SaveStatusLine status={saveStatus} flow="rehearsal" />
    </section>
  );
}
