/**
 * Components that scenario MDX may use. Coach-only notes show in coach mode, and never in
 * the presentation view a family sees.
 */
import type { ReactNode } from 'react';
import { t } from '../../lib/i18n/messages';
import { coachMode } from '../../lib/workspace';

function CoachNote({ children }: { children?: ReactNode }) {
  if (!coachMode()) return null;
  return (
    <aside className="coach-note" aria-label={t('guide.coachNote')}>
      <p className="coach-note-label">{t('guide.forTheCoach')}</p>
      {children}
    </aside>
  );
}

export const mdxComponents = { CoachNote };
