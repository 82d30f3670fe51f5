/**
 * In coach mode: a large-type view of the current step for screen sharing, with the
 * coach's notes and the app's chrome hidden from the family.
 */
import { useEffect, useState } from 'react';
import { t } from '../lib/i18n/messages';
import { coachMode } from '../lib/workspace';

export function PresentationToggle() {
  const [presenting, setPresenting] = useState(false);
  useEffect(() => {
    const root = document.documentElement;
    if (presenting) root.dataset.present = 'on';
    else delete root.dataset.present;
    return () => {
      delete root.dataset.present;
    };
  }, [presenting]);
  if (!coachMode()) return null;
  return (
    <button
      type="button"
      className="button secondary presentation-toggle"
      aria-pressed={presenting}
      onClick={() => setPresenting(!presenting)}
    >
      {t(presenting ? 'coach.presentation.stop' : 'coach.presentation.start')}
    </button>
  );
}
