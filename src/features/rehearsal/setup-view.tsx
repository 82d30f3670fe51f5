/** Before the conversation: the situation, and which teacher to practise with. */
import { useState } from 'react';
import { Link } from 'wouter';
import { usePageHeading } from '../../ui/use-page-heading';
import { pickPersona } from './load-rehearsal';
import { PersonaPicker, type PersonaChoice } from './persona-picker';
import { SaveStatusLine } from '../../ui/save-status-line';
import type { RehearsalScreenProps } from './screen-props';

export function SetupView({ content, send, saveStatus }: RehearsalScreenProps) {
  const { words } = content;
  const heading = usePageHeading<HTMLHeadingElement>(words.title);
  const [choice, setChoice] = useState<PersonaChoice>('any');

  return (
    <section className="page narrow rehearsal" aria-labelledby="rehearsal-title">
      <p className="rehearsal-kicker">Rehearsal</p>
      <h1 id="rehearsal-title" ref={heading} tabIndex={-1}>
        {words.title}
      </h1>
      <p className="lead">{words.summary}</p>
      <div className="intro">
        <p>{words.situation}</p>
      </div>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          send({ type: 'rehearsal.start', persona: choice === 'any' ? pickPersona() : choice });
        }}
      >
        <PersonaPicker
          legend="What is the teacher like today?"
          value={choice}
          onChange={setChoice}
        />
        <div className="actions">
          <button type="submit" className="button primary">
            Start the conversation
          </button>
          <Link href="/rehearsals" className="button secondary">
            All rehearsals
          </Link>
        </div>
      </form>
      <SaveStatusLine status={saveStatus} flow="rehearsal" />
    </section>
  );
}
