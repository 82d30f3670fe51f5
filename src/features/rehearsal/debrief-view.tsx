/** After the conversation: how it went, what worked, what to try, the transcript, and another go. */
import { useMemo } from 'react';
import { Link } from 'wouter';
import { formatList } from '../../lib/i18n/format';
import { t } from '../../lib/i18n/messages';
import { PageHeading } from '../../ui/page-heading';
import { personas, sharedWords } from '../../rehearsals/content';
import { debriefOf } from '../../rehearsals/debrief';
import { PERSONAS, type Strategy } from '../../rehearsals/types';
import { BestLines } from './best-lines';
import { ConversationLog } from './conversation-log';
import { pickPersona } from './load-rehearsal';
import { SaveStatusLine } from '../../ui/save-status-line';
import type { RehearsalScreenProps } from './screen-props';

/** "You asked a real question and gave a specific": the strategies one line showed. */
const namesOf = (strategies: readonly Strategy[]) =>
  t('rehearsal.debrief.youDid', {
    list: formatList(strategies.map((strategy) => sharedWords.qualities[strategy].did)),
  });

export function DebriefView({ content, context, send, saveStatus }: RehearsalScreenProps) {
  const { words } = content;
  const ending = words.endings[context.ending ?? 'stalled'];
  const debrief = useMemo(() => debriefOf(content, context), [content, context]);
  const persona = context.persona ?? 'receptive';
  const { qualities } = sharedWords;
  const others = PERSONAS.filter((candidate) => candidate !== persona);

  return (
    <section className="page narrow rehearsal debrief" aria-labelledby="debrief-title">
      <p className="rehearsal-kicker">
        {t('rehearsal.debrief.kicker', {
          title: words.title,
          teacher: personas[persona].aTeacher,
        })}
      </p>
      <PageHeading id="debrief-title">{ending.title}</PageHeading>
      <p className="lead">{ending.summary}</p>

      <h2>{t('rehearsal.debrief.worked')}</h2>
      <ul className="debrief-list debrief-worked">
        <li>{ending.worked}</li>
        {debrief.worked.map(({ line, strategies }) => (
          <li key={line}>
            <strong>{namesOf(strategies)}:</strong> {t('rehearsal.reply.quoted', { line })}{' '}
            {strategies[0] && qualities[strategies[0]].landed}
          </li>
        ))}
        {debrief.worked.length === 0 && <li>{sharedWords.workedAlways}</li>}
      </ul>

      <h2>{t('rehearsal.debrief.tryNext')}</h2>
      <ul className="debrief-list debrief-try">
        {debrief.setbacks.map(({ setback, line }) => (
          <li key={setback}>
            <strong>{qualities[setback].name}:</strong> {t('rehearsal.reply.quoted', { line })}{' '}
            {qualities[setback].missed}
          </li>
        ))}
        {debrief.tryNext.slice(0, 2).map((strategy) => (
          <li key={strategy}>{qualities[strategy].tryNext}</li>
        ))}
        <li>{ending.tryNext}</li>
      </ul>

      <h2>{t('rehearsal.debrief.bestLines')}</h2>
      <BestLines content={content} lines={debrief.bestLines} toCarry={debrief.carryLines} />

      <h2>{t('rehearsal.debrief.again')}</h2>
      <p>{t('rehearsal.debrief.againLead')}</p>
      <div className="action-grid">
        {others.map((other) => (
          <button
            key={other}
            type="button"
            className="button secondary"
            onClick={() => send({ type: 'rehearsal.start', persona: other })}
          >
            {t('rehearsal.debrief.withTeacher', { teacher: personas[other].aTeacher })}
          </button>
        ))}
        <button
          type="button"
          className="button secondary"
          onClick={() => send({ type: 'rehearsal.start', persona: pickPersona([persona]) })}
        >
          {t('rehearsal.pickForMe')}
        </button>
      </div>

      <h2>{t('rehearsal.debrief.whole')}</h2>
      <ConversationLog
        content={content}
        persona={persona}
        log={context.log}
        live={false}
        label={t('rehearsal.debrief.transcript')}
      />

      <div className="actions">
        <Link href="/rehearsals" className="button secondary">
          {t('rehearsal.all')}
        </Link>
      </div>
      <SaveStatusLine status={saveStatus} flow="rehearsal" />
    </section>
  );
}
