/**
 * The parent's turn: pick one of the lines a parent might really say, or say it in their
 * own words. A typed reply is judged here (tone coach plus strategy checks, in the page's
 * language) so the machine only ever receives what the turn does, never needs to know how it
 * was read. The judge loads when the parent first chooses their own words; a reply sent before
 * it is ready waits for it, so the teacher never reacts to a reply not yet read.
 */
import { useEffect, useState, type RefObject } from 'react';
import { t } from '../../lib/i18n/messages';
import type { RehearsalWords } from '../../rehearsals/content-schema';
import { MAX_REPLY_LENGTH } from '../../rehearsals/landing';
import type { RehearsalEvent } from '../../rehearsals/types';
import { loadJudge } from '../../rehearsals/load-judge';
import { useFormDraft } from '../../lib/form-drafts';

type Beat = RehearsalWords['beats'][number];
const OWN = 'own-words';
const BLANK = { choice: '', text: '' };

export function ReplyForm({
  form,
  beat,
  locale,
  send,
  headingRef,
}: {
  /** Where this tab keeps a half-typed reply, so a reload or another page never drops it. */
  form: string;
  beat: Beat;
  /** The language typed replies are read in (the rehearsal machine's). */
  locale: string;
  send: (event: RehearsalEvent) => void;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const draft = useFormDraft(form, BLANK);
  const { choice = '', text = '' } = draft.values;
  const setChoice = (value: string) =>
    draft.setValues((current) => ({ ...current, choice: value }));
  const setText = (value: string) => draft.setValues((current) => ({ ...current, text: value }));
  const [problem, setProblem] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const ownWords = choice === OWN;

  // Start loading the judge as soon as the parent may type (also for a reply kept from before).
  useEffect(() => {
    if (ownWords) loadJudge(locale).catch(() => undefined);
  }, [ownWords, locale]);

  const submit = () => {
    if (reading) return;
    if (choice === '') {
      setProblem(t('rehearsal.reply.chooseFirst'));
      return;
    }
    if (ownWords) {
      const said = text.trim();
      if (said === '') {
        setProblem(t('rehearsal.reply.writeFirst'));
        return;
      }
      setReading(true);
      loadJudge(locale).then(
        (judge) => {
          const { qualities, findings } = judge(said);
          const [first] = findings;
          draft.discard();
          send({
            type: 'reply.type',
            text: said,
            qualities,
            ...(first && { flagged: { text: first.text, message: first.message } }),
          });
          setReading(false);
        },
        () => {
          setReading(false);
          setProblem(t('rehearsal.reply.readFailed'));
        },
      );
      return;
    }
    draft.discard();
    send({ type: 'reply.choose', option: choice });
  };

  return (
    <form
      className="reply"
      aria-labelledby="your-turn"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <h2 id="your-turn" ref={headingRef} tabIndex={-1}>
        {t('rehearsal.reply.yourTurn')}
      </h2>
      <fieldset className={`field${problem && !ownWords ? ' has-error' : ''}`}>
        <legend>{beat.prompt}</legend>
        {problem && !ownWords && (
          <p className="field-error" id="reply-problem" role="alert">
            {problem}
          </p>
        )}
        {beat.options.map((option) => (
          <label key={option.id} className="choice reply-option">
            <input
              type="radio"
              name="reply"
              value={option.id}
              checked={choice === option.id}
              onChange={() => {
                setChoice(option.id);
                setProblem(null);
              }}
            />
            <span>{t('rehearsal.reply.quoted', { line: option.says })}</span>
          </label>
        ))}
        <label className="choice reply-option">
          <input
            type="radio"
            name="reply"
            value={OWN}
            checked={ownWords}
            onChange={() => {
              setChoice(OWN);
              setProblem(null);
            }}
          />
          <span>{t('rehearsal.reply.ownWords')}</span>
        </label>
      </fieldset>
      {ownWords && (
        <div className={`field${problem ? ' has-error' : ''}`}>
          <label htmlFor="own-words">{t('rehearsal.reply.whatYouWouldSay')}</label>
          <p className="hint" id="own-words-hint">
            {t('rehearsal.reply.ownWordsHint')}
          </p>
          {problem && (
            <p className="field-error" id="own-words-problem" role="alert">
              {problem}
            </p>
          )}
          <textarea
            id="own-words"
            rows={4}
            maxLength={MAX_REPLY_LENGTH}
            value={text}
            aria-describedby={problem ? 'own-words-hint own-words-problem' : 'own-words-hint'}
            aria-invalid={problem ? true : undefined}
            onChange={(event) => {
              setText(event.target.value);
              setProblem(null);
            }}
          />
        </div>
      )}
      <div className="actions">
        <button type="submit" className="button primary" aria-disabled={reading || undefined}>
          {t('rehearsal.reply.say')}
        </button>
      </div>
      <p className="hint" role="status">
        {reading ? t('rehearsal.reply.reading') : ''}
      </p>
    </form>
  );
}
