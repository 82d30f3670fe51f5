/**
 * After a call or meeting with the school: confirm in writing what was discussed and agreed,
 * who does what by when, and when to check in next. Its answers are also what the
 * conversation log records (date, channel, who, summary, agreements, follow-up date).
 */
import { defineScenario } from './engine/define-scenario';
import { optional, shared } from './fields';

export default defineScenario({
  id: 'meeting-follow-up',
  version: 1,
  steps: [
    {
      id: 'who',
      fields: [
        shared.parentName,
        shared.childName,
        shared.grade,
        shared.teacherName,
        shared.teacherEmail,
      ],
    },
    {
      id: 'meeting',
      fields: [
        { name: 'meetingDate', kind: 'date', required: true },
        {
          name: 'channel',
          kind: 'choice',
          required: true,
          options: ['in-person', 'phone', 'video'],
        },
        { name: 'othersPresent', kind: 'text', required: false },
      ],
    },
    {
      id: 'discussed',
      fields: [optional(shared.concern), { name: 'summary', kind: 'longtext', required: true }],
    },
    {
      id: 'agreed',
      fields: [{ name: 'agreements', kind: 'longtext', required: true }],
    },
    {
      id: 'who-does-what',
      fields: [
        { name: 'parentActions', kind: 'longtext', required: true, shape: 'action' },
        { name: 'schoolActions', kind: 'longtext', required: false },
      ],
    },
    {
      id: 'next-check-in',
      fields: [
        { name: 'followUpDate', kind: 'date', required: false, notBefore: 'meetingDate' },
        { name: 'stillOpen', kind: 'longtext', required: false },
      ],
    },
  ],
  followUps: [{ scenario: 'positive-feedback' }],
});
