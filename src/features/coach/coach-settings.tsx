/** What belongs to the coach rather than a family: the name on every packet cover. */
import { useState } from 'react';
import { coachName, setCoachName } from '../../lib/coach-name';
import { t } from '../../lib/i18n/messages';

export function CoachSettings() {
  const [name, setName] = useState(coachName);
  const [status, setStatus] = useState('');
  return (
    <section className="records-section no-print" aria-labelledby="coach-settings-title">
      <h2 id="coach-settings-title">{t('coach.settings.title')}</h2>
      <form
        className="field"
        onSubmit={(event) => {
          event.preventDefault();
          setStatus(t(setCoachName(name) ? 'coach.settings.saved' : 'coach.settings.notSaved'));
        }}
      >
        <label htmlFor="coach-name">{t('coach.settings.name')}</label>
        <p className="hint" id="coach-name-hint">
          {t('coach.settings.nameHint')}
        </p>
        <input
          id="coach-name"
          type="text"
          autoComplete="name"
          value={name}
          maxLength={200}
          aria-describedby="coach-name-hint"
          onChange={(event) => setName(event.target.value)}
        />
        <div className="actions">
          <button type="submit" className="button secondary">
            {t('coach.settings.save')}
          </button>
        </div>
        <p role="status" className="action-status">
          {status}
        </p>
      </form>
    </section>
  );
}
