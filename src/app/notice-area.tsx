import { t } from '../lib/i18n/messages';
import { dismissNotice, useNotices } from '../lib/notices';

/** Always in the page, so screen readers announce notices added to it later. */
export function NoticeArea() {
  const notices = useNotices();
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((notice) => (
        <div key={notice.id} className={`notice notice-${notice.tone}`}>
          <p>{notice.message}</p>
          <div className="notice-actions">
            {notice.action && (
              <button type="button" className="button secondary" onClick={notice.action.run}>
                {notice.action.label}
              </button>
            )}
            <button type="button" className="button quiet" onClick={() => dismissNotice(notice.id)}>
              {t('app.dismiss')}
            </button>
          </div>
        </div>
      ))}
    </div>
  );
}
