/** "Step 3 of 7" as words, with a bar for those who glance. */
import { t } from '../../lib/i18n/messages';

export function Progress({
  current,
  total,
  title,
}: {
  current: number;
  total: number;
  title: string;
}) {
  return (
    <div className="progress">
      <p className="progress-label">
        <span className="progress-scenario">{title}</span>
        <span className="progress-step">{t('guide.progress', { current, total })}</span>
      </p>
      <div className="progress-bar" aria-hidden="true">
        <div style={{ width: `${Math.round((current / total) * 100)}%` }} />
      </div>
    </div>
  );
}
