/** The family's records: children, school contacts, the conversation log and backups. */
import { useState } from 'react';
import { recordWords as words } from './record-words';
import { downloadText } from '../../lib/download';
import type { FieldWords } from '../../lib/fields/field-spec';
import type { LogEntry } from '../../lib/storage/record-schemas';
import { saveRecord } from '../../lib/storage/records-store';
import { formatDay, formatDayFromToday } from '../../lib/i18n/format';
import { t } from '../../lib/i18n/messages';
import { PageHeading } from '../../ui/page-heading';
import { BackupPanel } from './backup-panel';
import { DraftsSection } from './drafts-section';
import { logToCsv, logToMarkdown } from './log-export';
import { byDateDescending, isOverdue, isUpcoming } from '../../lib/storage/log-order';
import { AddFollowUpButton, CalendarButton, type FollowUp } from '../../ui/calendar-button';
import {
  childFields,
  childFromValues,
  contactFields,
  contactFromValues,
  logEntryFromValues,
  logFields,
} from './record-fields';
import { today } from '../../lib/dates';
import { RecordSection } from './record-section';
import { SetAsideSection } from './set-aside-section';
import { recordsOf, useRecords } from '../../lib/storage/use-records';

const optionLabel = (group: Record<string, FieldWords>, field: string, value: string) =>
  group[field]?.options?.[value] ?? value;

export default function RecordsPage() {
  const childrenState = useRecords('children');
  const children = recordsOf(childrenState);
  const contacts = recordsOf(useRecords('contacts'));
  const log = recordsOf(useRecords('log'));
  const [childFilter, setChildFilter] = useState('');
  const [openOnly, setOpenOnly] = useState(false);

  const shownLog = log
    .filter((entry) => !childFilter || entry.childId === childFilter)
    .filter((entry) => !openOnly || (entry.followUpDate && !entry.followUpDone))
    .sort(byDateDescending);
  const childName = (id: string) => children.find((child) => child.id === id)?.name ?? '';
  const day = today();
  const followUpOf = (entry: LogEntry): FollowUp => ({
    id: entry.id,
    date: entry.followUpDate,
    who: entry.who,
    what: entry.summary,
  });
  const upcoming = shownLog.filter((entry) => isUpcoming(entry, day)).map(followUpOf);
  const logWords: Record<string, FieldWords> = {
    ...words.log,
    childId: {
      ...words.log.childId,
      options: Object.fromEntries(children.map((child) => [child.id, child.name])),
    },
  };
  const exportTitle = childFilter
    ? t('records.log.exportTitleFor', { child: childName(childFilter) })
    : t('records.log.exportTitle');

  return (
    <section className="page narrow records">
      <PageHeading>{t('records.title')}</PageHeading>
      <p className="lead">{t('records.lead')}</p>
      {childrenState.status === 'unavailable' && (
        <p className="callout" role="alert">
          {t('records.unavailable')}
        </p>
      )}
      <nav aria-label={t('records.sections')} className="home-links no-print">
        {(['children', 'contacts', 'log', 'drafts', 'backup'] as const).map((section) => (
          <a key={section} href={`#${section}`}>
            {t(`records.nav.${section}`)}
          </a>
        ))}
      </nav>

      <RecordSection
        id="children"
        store="children"
        title={t('records.children.title')}
        intro={t('records.children.intro')}
        empty={t('records.children.empty')}
        addLabel={t('records.children.add')}
        nameOf={(child) => child.name}
        records={children}
        fields={childFields}
        words={words.child}
        blank={{ plan: 'none' }}
        toRecord={childFromValues}
        describe={(child) => (
          <p>
            <strong>{child.name}</strong>
            {child.grade && t('records.children.grade', { grade: child.grade })}
            {child.school && t('records.children.school', { school: child.school })}
            {child.plan !== 'none' && ` · ${optionLabel(words.child, 'plan', child.plan)}`}
          </p>
        )}
      />

      <RecordSection
        id="contacts"
        store="contacts"
        title={t('records.contacts.title')}
        intro={t('records.contacts.intro')}
        empty={t('records.contacts.empty')}
        addLabel={t('records.contacts.add')}
        nameOf={(contact) => contact.name}
        records={contacts}
        fields={contactFields}
        words={words.contact}
        blank={{ role: 'teacher' }}
        toRecord={contactFromValues}
        describe={(contact) => (
          <p>
            <strong>{contact.name}</strong>, {optionLabel(words.contact, 'role', contact.role)}
            {contact.email && <> · {contact.email}</>}
            {contact.channel && (
              <>
                {' · '}
                {t('records.contacts.prefers', {
                  channel: optionLabel(words.contact, 'channel', contact.channel).toLowerCase(),
                })}
              </>
            )}
            {contact.bestTimes && <> · {contact.bestTimes}</>}
          </p>
        )}
      />

      <RecordSection
        id="log"
        store="log"
        title={t('records.log.title')}
        intro={t('records.log.intro')}
        empty={t(log.length === 0 ? 'records.log.empty' : 'records.log.noMatch')}
        addLabel={t('records.log.add')}
        nameOf={(entry) =>
          t('records.log.entryName', { date: formatDay(entry.date), who: entry.who })
        }
        records={shownLog}
        fields={logFields(children.map((child) => child.id))}
        words={logWords}
        blank={{
          date: today(),
          channel: 'email',
          childId: children.length === 1 ? (children[0]?.id ?? '') : '',
        }}
        toRecord={(id, values, updatedAt, previous?: LogEntry) =>
          logEntryFromValues(id, values, updatedAt, {
            followUpDone: previous?.followUpDone ?? false,
            draftId: previous?.draftId ?? '',
          })
        }
        describe={(entry) => (
          <div className="log-entry">
            <p>
              <strong>{formatDay(entry.date)}</strong> ·{' '}
              {optionLabel(words.log, 'channel', entry.channel)}{' '}
              {t('records.log.with', { who: entry.who })}
              {entry.childId && childName(entry.childId) && (
                <> · {t('records.log.about', { child: childName(entry.childId) })}</>
              )}
            </p>
            <p className="log-text">{entry.summary}</p>
            {entry.agreements && (
              <p className="log-text">
                <strong>{t('records.log.agreed')} </strong>
                {entry.agreements}
              </p>
            )}
            {entry.followUpDate && (
              <p>
                <strong className={isOverdue(entry, today()) ? 'overdue' : undefined}>
                  {t(
                    isOverdue(entry, today())
                      ? 'records.reminders.overdue'
                      : 'records.log.followUpBy',
                    {
                      date: formatDayFromToday(entry.followUpDate, today()),
                    },
                  )}
                </strong>
                {entry.followUpDone ? (
                  ` ${t('records.log.done')}`
                ) : (
                  <button
                    type="button"
                    className="button quiet no-print"
                    onClick={() =>
                      void saveRecord('log', { ...entry, followUpDone: true }, entry.updatedAt)
                    }
                  >
                    {t('records.log.markDone')}
                  </button>
                )}
                {isUpcoming(entry, day) && (
                  <AddFollowUpButton followUp={followUpOf(entry)} today={day} />
                )}
              </p>
            )}
          </div>
        )}
      >
        <div className="log-tools no-print">
          {children.length > 1 && (
            <div className="field">
              <label htmlFor="log-child-filter">{t('records.log.filterChild')}</label>
              <select
                id="log-child-filter"
                value={childFilter}
                onChange={(event) => setChildFilter(event.target.value)}
              >
                <option value="">{t('records.log.everyChild')}</option>
                {children.map((child) => (
                  <option key={child.id} value={child.id}>
                    {child.name}
                  </option>
                ))}
              </select>
            </div>
          )}
          <label className="choice">
            <input
              type="checkbox"
              checked={openOnly}
              onChange={(event) => setOpenOnly(event.target.checked)}
            />
            <span>{t('records.log.openOnly')}</span>
          </label>
          {shownLog.length > 0 && (
            <div className="actions">
              <button
                type="button"
                className="button secondary"
                onClick={() =>
                  downloadText(
                    `${t('records.log.fileName')}.md`,
                    logToMarkdown(shownLog, children, exportTitle),
                    'text/markdown',
                  )
                }
              >
                {t('records.log.downloadMarkdown')}
              </button>
              <button
                type="button"
                className="button secondary"
                onClick={() =>
                  downloadText(
                    `${t('records.log.fileName')}.csv`,
                    logToCsv(shownLog, children),
                    'text/csv',
                  )
                }
              >
                {t('records.log.downloadCsv')}
              </button>
              <button type="button" className="button secondary" onClick={() => window.print()}>
                {t('records.log.print')}
              </button>
            </div>
          )}
          {upcoming.length > 0 && (
            <div className="calendar-all">
              <CalendarButton
                followUps={upcoming}
                today={day}
                fileName={t('calendar.fileAll')}
                label={t('calendar.addAll', { count: upcoming.length })}
                className="button secondary"
              />
              <p className="hint">{t('calendar.hint')}</p>
            </div>
          )}
        </div>
      </RecordSection>

      <DraftsSection />
      <SetAsideSection />
      <BackupPanel />
    </section>
  );
}
