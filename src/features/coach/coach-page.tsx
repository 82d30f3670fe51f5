/** For parent coaches: coach mode, client families as separate workspaces, and sessions. */
import { useEffect, useState } from 'react';
import { addFamily, listFamilies } from '../../lib/storage/families-store';
import type { Family } from '../../lib/storage/record-schemas';
import { t } from '../../lib/i18n/messages';
import { PageHeading } from '../../ui/page-heading';
import {
  activeWorkspace,
  activeWorkspaceName,
  coachMode,
  setCoachMode,
  switchWorkspace,
} from '../../lib/workspace';
import { SessionPanel } from './session-panel';
import { CoachSettings } from './coach-settings';
import { FamilyActions } from './family-actions';

export default function CoachPage() {
  const [families, setFamilies] = useState<Family[]>([]);
  const [name, setName] = useState('');
  const [problem, setProblem] = useState('');
  const active = activeWorkspace();
  useEffect(() => {
    void listFamilies().then(setFamilies);
  }, []);

  const create = async () => {
    const family = await addFamily(name);
    if (!family)
      return setProblem(t(name.trim() ? 'coach.families.notSaved' : 'coach.families.nameFirst'));
    switchWorkspace(family.id, family.name);
  };

  return (
    <section className="page narrow coach">
      <PageHeading>{t('coach.title')}</PageHeading>
      <p className="lead no-print">{t('coach.lead')}</p>
      <div className="callout no-print">
        <p>{t(coachMode() ? 'coach.mode.on' : 'coach.mode.off')}</p>
        <button
          type="button"
          className="button secondary"
          onClick={() => {
            setCoachMode(!coachMode());
            window.location.reload();
          }}
        >
          {t(coachMode() ? 'coach.mode.turnOff' : 'coach.mode.turnOn')}
        </button>
      </div>

      {coachMode() && <CoachSettings />}

      <section className="records-section no-print" aria-labelledby="families-title">
        <h2 id="families-title">{t('coach.families.title')}</h2>
        <ul className="record-list">
          <li className="record-card">
            <p>
              <strong>{t('coach.families.own')}</strong>
              {!active && ` ${t('coach.families.openNow')}`}
            </p>
            {active && (
              <button
                type="button"
                className="button secondary"
                onClick={() => switchWorkspace('', '')}
              >
                {t('coach.families.switchToOwn')}
              </button>
            )}
          </li>
          {families.map((family) => (
            <li key={family.id} className="record-card">
              <p>
                <strong>{family.name}</strong>
                {active === family.id && ` ${t('coach.families.openNow')}`}
              </p>
              {active === family.id && <FamilyActions family={family} />}
              {active !== family.id && (
                <button
                  type="button"
                  className="button secondary"
                  onClick={() => switchWorkspace(family.id, family.name)}
                >
                  {t('coach.families.workWith', { name: family.name })}
                </button>
              )}
            </li>
          ))}
        </ul>
        <form
          className="field"
          onSubmit={(event) => {
            event.preventDefault();
            void create();
          }}
        >
          <label htmlFor="family-name">{t('coach.families.add')}</label>
          <p className="hint">{t('coach.families.addHint')}</p>
          <input
            id="family-name"
            type="text"
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
          {problem && <p className="field-error">{problem}</p>}
          <div className="actions">
            <button type="submit" className="button primary">
              {t('coach.families.addAndSwitch')}
            </button>
          </div>
        </form>
      </section>

      {active && <SessionPanel family={activeWorkspaceName() || t('coach.families.thisFamily')} />}
    </section>
  );
}
