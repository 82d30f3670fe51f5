/** The family's records: children, school contacts, the conversation log and backups. */
import { useState } from 'react';
import words from '../../../content/en/ui/records.json';
import { downloadText } from '../../lib/download';
import type { FieldWords } from '../../lib/fields/field-spec';
import type { LogEntry } from '../../lib/storage/record-schemas';
import { saveRecord } from '../../lib/storage/records-store';
import { usePageHeading } from '../../ui/use-page-heading';
import { BackupPanel } from './backup-panel';
import { DraftsSection } from './drafts-section';
import { logToCsv, logToMarkdown } from './log-export';
import { byDateDescending } from '../../lib/storage/log-order';
import {
  childFields,
  childFromValues,
  contactFields,
  contactFromValues,
  logEntryFromValues,
  logFields,
} from './record-fields';
import { today } from '../../lib/dates';
import { RecordSection, type Editing } from './record-section';
import { recordsOf, useRecords } from '../../lib/storage/use-records';

const optionLabel = (group: Record<string, FieldWords>, field: string, value: string) =>
  group[field]?.options?.[value] ?? value;

export default function RecordsPage() {
  const heading = usePageHeading<HTMLHeadingElement>('Your records');
  const childrenState = useRecords('children');
  const children = recordsOf(childrenState);
  const contacts = recordsOf(useRecords('contacts'));
  const log = recordsOf(useRecords('log'));
  const [editing, setEditing] = useState<Editing>(null);
  const [childFilter, setChildFilter] = useState('');
  const [openOnly, setOpenOnly] = useState(false);

  const shownLog = log
    .filter((entry) => !childFilter || entry.childId === childFilter)
    .filter((entry) => !openOnly || (entry.followUpDate && !entry.followUpDone))
    .sort(byDateDescending);
  const childName = (id: string) => children.find((child) => child.id === id)?.name ?? '';
  const logWords: Record<string, FieldWords> = {
    ...words.log,
    childId: {
      ...words.log.childId,
      options: Object.fromEntries(children.map((child) => [child.id, child.name])),
    },
  };
  const exportTitle = `Conversation log${childFilter ? ` for ${childName(childFilter)}` : ''}`;

  return (
    <section className="page narrow records">
      <h1 ref={heading} tabIndex={-1}>
        Your records
      </h1>
      <p className="lead">
        Kept on this device only. Guides fill in what they already know from here, so you never type
        it twice.
      </p>
      {childrenState.status === 'unavailable' && (
        <p className="callout" role="alert">
          This browser isn't letting Common Ground store anything, so records can't be kept here.
          Private browsing can do this.
        </p>
      )}
      <nav aria-label="Sections" className="home-links no-print">
        <a href="#children">Children</a>
        <a href="#contacts">School contacts</a>
        <a href="#log">Conversation log</a>
        <a href="#drafts">Drafts</a>
        <a href="#backup">Backup</a>
      </nav>

      <RecordSection
        id="children"
        store="children"
        title="Children"
        intro="Each child's basics, strengths and what helps, ready for every guide."
        empty="No children added yet."
        addLabel="Add a child"
        nameOf={(child) => child.name}
        records={children}
        fields={childFields}
        words={words.child}
        blank={{ plan: 'none' }}
        toRecord={childFromValues}
        describe={(child) => (
          <p>
            <strong>{child.name}</strong>
            {child.grade && `, ${child.grade}`}
            {child.school && ` at ${child.school}`}
            {child.plan !== 'none' && ` · ${optionLabel(words.child, 'plan', child.plan)}`}
          </p>
        )}
        editing={editing}
        setEditing={setEditing}
      />

      <RecordSection
        id="contacts"
        store="contacts"
        title="School contacts"
        intro="Teachers, the principal, the counselor and specialists: how they like to be reached, and when."
        empty="No contacts added yet."
        addLabel="Add a contact"
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
              <> · prefers {optionLabel(words.contact, 'channel', contact.channel).toLowerCase()}</>
            )}
            {contact.bestTimes && <> · {contact.bestTimes}</>}
          </p>
        )}
        editing={editing}
        setEditing={setEditing}
      />

      <RecordSection
        id="log"
        store="log"
        title="Conversation log"
        intro="What was said and agreed, and when to follow up. Bring it to a meeting."
        empty={log.length === 0 ? 'Nothing logged yet.' : 'No entries match these filters.'}
        addLabel="Add a conversation"
        nameOf={(entry) => `the entry of ${entry.date} with ${entry.who}`}
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
              <strong>{entry.date}</strong> · {optionLabel(words.log, 'channel', entry.channel)}{' '}
              with {entry.who}
              {entry.childId && childName(entry.childId) && (
                <> · about {childName(entry.childId)}</>
              )}
            </p>
            <p className="log-text">{entry.summary}</p>
            {entry.agreements && (
              <p className="log-text">
                <strong>Agreed: </strong>
                {entry.agreements}
              </p>
            )}
            {entry.followUpDate && (
              <p>
                <strong>Follow up by {entry.followUpDate}</strong>
                {entry.followUpDone ? (
                  ' (done)'
                ) : (
                  <button
                    type="button"
                    className="button quiet no-print"
                    onClick={() =>
                      void saveRecord('log', { ...entry, followUpDone: true }, entry.updatedAt)
                    }
                  >
                    Mark as done
                  </button>
                )}
              </p>
            )}
          </div>
        )}
        editing={editing}
        setEditing={setEditing}
      >
        <div className="log-tools no-print">
          {children.length > 1 && (
            <div className="field">
              <label htmlFor="log-child-filter">Show conversations about</label>
              <select
                id="log-child-filter"
                value={childFilter}
                onChange={(event) => setChildFilter(event.target.value)}
              >
                <option value="">Every child</option>
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
            <span>Only conversations with a follow-up still to do</span>
          </label>
          {shownLog.length > 0 && (
            <div className="actions">
              <button
                type="button"
                className="button secondary"
                onClick={() =>
                  downloadText(
                    'conversation-log.md',
                    logToMarkdown(shownLog, children, exportTitle),
                    'text/markdown',
                  )
                }
              >
                Download as Markdown
              </button>
              <button
                type="button"
                className="button secondary"
                onClick={() =>
                  downloadText('conversation-log.csv', logToCsv(shownLog, children), 'text/csv')
                }
              >
                Download as CSV
              </button>
              <button type="button" className="button secondary" onClick={() => window.print()}>
                Print the log
              </button>
            </div>
          )}
        </div>
      </RecordSection>

      <DraftsSection />
      <BackupPanel />
    </section>
  );
}
