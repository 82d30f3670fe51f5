/** Always visible while a family's workspace is open, so a coach never mixes families. */
import { Link } from 'wouter';
import { t } from '../../lib/i18n/messages';
import { activeWorkspace, activeWorkspaceName, coachMode } from '../../lib/workspace';

export function WorkspaceBadge() {
  if (!activeWorkspace() && !coachMode()) return null;
  const family = activeWorkspaceName();
  return (
    <p className="workspace-badge">
      {coachMode() && <span className="coach-flag">{t('coach.badge.coachMode')}</span>}
      <span>{family ? t('coach.badge.family', { name: family }) : t('coach.badge.own')}</span>
      <Link href="/coach">{t('coach.badge.switch')}</Link>
    </p>
  );
}
