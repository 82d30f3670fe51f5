/** Before the conversation: the situation, and which teacher to practise with. */
import { useState } from 'react';
import { Link } from 'wouter';
import { t } from '../../lib/i18n/messages';
import { PageHeading } from '../../ui/page-heading';
import { pickPersona } from './load-rehearsal';
import { ChildNameField } from './child-name-field';
import { PersonaPicker, type PersonaChoice } from './persona-picker';
import { SaveStatusLine } from '../../ui/save-status-line';
import type { RehearsalScreenProps } from './screen-props';

export function SetupView({ content, context, send, saveStatus }: RehearsalScreenProps) {
  const { words } = content;
  const [choice, setChoice] = useState<PersonaChoice>('any');
  const [child, setChild] = useState(context.child);

  return (
    <section className="page narrow rehearsal" aria-labelledby="rehearsal-title">
      <p className="rehearsal-kicker">{t('rehearsal.setup.kicker')}</p>
      <PageHeading id="rehearsal-title">{words.title}</PageHeading>
      <p className="lead">{words.summary}</p>
      <div className="intro">
        <p>{words.situation}</p>
      </div>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          send({
            type: 'rehearsal.start',
            persona: choice === 'any' ? pickPersona() : choice,
            child,
          });
        }}
      >
        <ChildNameField value={child} onChange={setChild} />
        <PersonaPicker
          legend={t('rehearsal.setup.teacherToday')}
          value={choice}
          onChange={setChoice}
        />
        <div className="actions">
          <button type="submit" className="button primary">
            {t('rehearsal.setup.start')}
          </button>
          <Link href="/rehearsals" className="button secondary">
            {t('rehearsal.all')}
          </Link>
        </div>
      </form>
      <SaveStatusLine status={saveStatus} flow="rehearsal" />
    </section>
  );
}
