/**
 * Components that scenario MDX may use. Coach-only notes show in coach mode, and never in
 * the presentation view a family sees.
 */
import type { ReactNode } from 'react';
import { t } from '../../lib/i18n/messages';
import { coachMode } from '../../lib/workspace';
import { usePresenting } from '../../ui/presentation-toggle';

function CoachNote({ children }: { children?: ReactNode }) {
  const presenting = usePresenting();
  if (!coachMode() || presenting) return null;
  return (
    <aside className="coach-note" aria-label={t('guide.coachNote')}>
      <p className="coach-note-label">{t('guide.forTheCoach')}</p>
      {children}
    </aside>
  );
}

export const mdxComponents = { CoachNote };
