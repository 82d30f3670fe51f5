/** The coach's note after one of the parent's turns: how it landed, and why. */
import { t } from '../../lib/i18n/messages';
import type { TurnFeedback } from '../../rehearsals/turn-feedback';

const MARKS = { good: '✓', mixed: '•', poor: '!' } as const;

export function TurnFeedbackNote({ feedback }: { feedback: TurnFeedback }) {
  return (
    <div
      className={`turn-feedback landed-${feedback.landing}`}
      role="note"
      aria-label={t('rehearsal.coachNote')}
    >
      <p className="turn-feedback-headline">
        <span className="speaker">{t('rehearsal.coach')}</span>
        <span aria-hidden="true" className="turn-feedback-mark">
          {MARKS[feedback.landing]}
        </span>{' '}
        {feedback.headline}
      </p>
      {feedback.because && <p>{feedback.because}</p>}
      {feedback.better && (
        <p className="turn-better">
          {t('rehearsal.betterLine')} {t('rehearsal.reply.quoted', { line: feedback.better })}
        </p>
      )}
      {feedback.checks && (
        <ul className="turn-checks" aria-label={t('rehearsal.strategyChecks')}>
          {feedback.checks.map((check) => (
            <li key={check.strategy} className={check.met ? 'met' : 'unmet'}>
              <span aria-hidden="true">{check.met ? '✓' : '–'}</span> {check.label}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
