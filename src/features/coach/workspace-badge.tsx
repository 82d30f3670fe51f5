/** Always visible while a family's workspace is open, so a coach never mixes families. */
import { Link } from 'wouter';
import { activeWorkspace, activeWorkspaceName, coachMode } from '../../lib/workspace';

export function WorkspaceBadge() {
  if (!activeWorkspace() && !coachMode()) return null;
  const family = activeWorkspaceName();
  return (
    <p className="workspace-badge">
      {coachMode() && <span className="coach-flag">Coach mode</span>}
      <span>{family ? `Family: ${family}` : 'Your own workspace'}</span>
      <Link href="/coach">Switch</Link>
    </p>
  );
}
