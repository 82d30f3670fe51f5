/** On the home page: follow-ups coming due, and a nudge to back up. */
import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import { lastBackupAt } from '../../lib/storage/backup-time';
import { today } from '../../lib/dates';
import { formatDayFromToday } from '../../lib/i18n/format';
import { isOverdue } from '../../lib/storage/log-order';
import { t } from '../../lib/i18n/messages';
import { recordsOf, useRecords } from '../../lib/storage/use-records';

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;
/** How far ahead a follow-up counts as coming up. */
const AHEAD_DAYS = 14;

export function HomeReminders() {
  const log = recordsOf(useRecords('log'));
  const children = recordsOf(useRecords('children'));
  const [backedUp, setBackedUp] = useState<number | null | undefined>(undefined);
  // The home page is short-lived; the time it opened is "now" for its reminders.
  const [now] = useState(() => Date.now());
  useEffect(() => {
    void lastBackupAt().then(setBackedUp);
  }, [log.length, children.length]);

  const horizon = today(new Date(now + AHEAD_DAYS * 24 * 60 * 60 * 1000));
  const due = log
    .filter((entry) => entry.followUpDate && !entry.followUpDone && entry.followUpDate <= horizon)
    .sort((a, b) => a.followUpDate.localeCompare(b.followUpDate));
  const hasData = log.length + children.length > 0;
  const needsBackup =
    hasData && backedUp !== undefined && (backedUp === null || now - backedUp > WEEK_MS);
  if (due.length === 0 && !needsBackup) return null;

  return (
    <section className="reminders" aria-labelledby="reminders-title">
      <h2 id="reminders-title">{t('records.reminders.title')}</h2>
      {due.length > 0 && (
        <ul>
          {due.map((entry) => (
            <li key={entry.id}>
              <strong>
                {t(
                  isOverdue(entry, today(new Date(now)))
                    ? 'records.reminders.overdue'
                    : 'records.reminders.by',
                  { date: formatDayFromToday(entry.followUpDate, today(new Date(now))) },
                )}
              </strong>
              :{' '}
              {t('records.reminders.followUp', {
                who: entry.who,
                summary: `${entry.summary.slice(0, 80)}${entry.summary.length > 80 ? '…' : ''}`,
              })}
            </li>
          ))}
        </ul>
      )}
      {needsBackup && (
        <p>
          {t(backedUp === null ? 'records.reminders.noBackup' : 'records.reminders.oldBackup')}{' '}
          {t('records.reminders.whyBackup')}{' '}
          <Link href="/records#backup">{t('records.reminders.backUpNow')}</Link>
        </p>
      )}
      <p>
        <Link href="/records#log">{t('records.reminders.seeLog')}</Link>
      </p>
    </section>
  );
}
