/** The coach's note after one of the parent's turns: how it landed, and why. */
import type { TurnFeedback } from '../../rehearsals/turn-feedback';

const MARKS = { good: '✓', mixed: '•', poor: '!' } as const;

export function TurnFeedbackNote({ feedback }: { feedback: TurnFeedback }) {
  return (
    <div
      className={`turn-feedback landed-${feedback.landing}`}
      role="note"
      aria-label="Coach’s note"
    >
      <p className="turn-feedback-headline">
        <span className="speaker">Coach</span>
        <span aria-hidden="true" className="turn-feedback-mark">
          {MARKS[feedback.landing]}
        </span>{' '}
        {feedback.headline}
      </p>
      {feedback.because && <p>{feedback.because}</p>}
      {feedback.checks && (
        <ul className="turn-checks" aria-label="Strategy checks">
          {feedback.checks.map((check) => (
            <li key={check.strategy} className={check.met ? 'met' : 'unmet'}>
              <span aria-hidden="true">{check.met ? '✓' : '–'}</span> {check.label}
              <span className="visually-hidden">{check.met ? ': yes' : ': not this time'}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
