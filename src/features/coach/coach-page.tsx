/** For parent coaches: coach mode, client families as separate workspaces, and sessions. */
import { useEffect, useState } from 'react';
import { addFamily, listFamilies } from '../../lib/storage/families-store';
import type { Family } from '../../lib/storage/record-schemas';
import { usePageHeading } from '../../ui/use-page-heading';
import {
  activeWorkspace,
  activeWorkspaceName,
  coachMode,
  setCoachMode,
  switchWorkspace,
} from '../../lib/workspace';
import { SessionPanel } from './session-panel';

export default function CoachPage() {
  const heading = usePageHeading<HTMLHeadingElement>('Coaching');
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
      return setProblem(
        name.trim()
          ? 'The family could not be saved on this device.'
          : 'Add the family’s name first.',
      );
    switchWorkspace(family.id, family.name);
  };

  return (
    <section className="page narrow coach">
      <h1 ref={heading} tabIndex={-1}>
        Coaching
      </h1>
      <p className="lead no-print">
        Run sessions with client families. Each family is a separate workspace on this device: their
        children, contacts, log and drafts never mix with another family’s.
      </p>
      <div className="callout no-print">
        <p>
          Coach mode is <strong>{coachMode() ? 'on' : 'off'}</strong>. In coach mode, each step of a
          guide shows notes for you (what to listen for, common pitfalls, questions to ask), and a
          presentation view for screen sharing.
        </p>
        <button
          type="button"
          className="button secondary"
          onClick={() => {
            setCoachMode(!coachMode());
            window.location.reload();
          }}
        >
          {coachMode() ? 'Turn coach mode off' : 'Turn coach mode on'}
        </button>
      </div>

      <section className="records-section no-print" aria-labelledby="families-title">
        <h2 id="families-title">Families</h2>
        <ul className="record-list">
          <li className="record-card">
            <p>
              <strong>Your own workspace</strong>
              {!active && ' (open now)'}
            </p>
            {active && (
              <button
                type="button"
                className="button secondary"
                onClick={() => switchWorkspace('', '')}
              >
                Switch to your own workspace
              </button>
            )}
          </li>
          {families.map((family) => (
            <li key={family.id} className="record-card">
              <p>
                <strong>{family.name}</strong>
                {active === family.id && ' (open now)'}
              </p>
              {active !== family.id && (
                <button
                  type="button"
                  className="button secondary"
                  onClick={() => switchWorkspace(family.id, family.name)}
                >
                  Work with {family.name}
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
          <label htmlFor="family-name">Add a family</label>
          <p className="hint">
            A name you’ll recognise, such as “Okafor family”. It stays on this device.
          </p>
          <input
            id="family-name"
            type="text"
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
          {problem && <p className="field-error">{problem}</p>}
          <div className="actions">
            <button type="submit" className="button primary">
              Add and switch to this family
            </button>
          </div>
        </form>
      </section>

      {active && <SessionPanel family={activeWorkspaceName() || 'this family'} />}
    </section>
  );
}
