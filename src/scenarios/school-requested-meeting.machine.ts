/**
 * When the school asks the parent to come in (a call from the principal, a behavior
 * meeting, a discipline or suspension meeting): pause, note what the school has said and
 * what the parent knows from the child, and prepare what to ask, what to bring and what to
 * leave with. Ends in a short, calm email confirming the meeting (or offering other times)
 * and asking for what the parent needs beforehand, plus a printable preparation sheet.
 */
import { defineScenario } from './engine/define-scenario';
import { optional, shared } from './fields';

export default defineScenario({
  id: 'school-requested-meeting',
  version: 1,
  emailTo: ['contactEmail'],
  steps: [
    {
      id: 'pause',
      fields: [
        {
          name: 'meetingType',
          kind: 'choice',
          required: true,
          options: ['not-sure', 'behavior', 'discipline', 'other'],
        },
        optional(shared.concern),
      ],
    },
    {
      id: 'who',
      fields: [
        shared.parentName,
        shared.relationship,
        shared.childName,
        shared.grade,
        shared.contactName,
        shared.contactRole,
        shared.contactEmail,
      ],
    },
    {
      id: 'meeting',
      fields: [
        optional(shared.meetingDate),
        { name: 'meetingTime', kind: 'text', required: false },
        { name: 'canAttend', kind: 'choice', required: true, options: ['yes', 'other-time'] },
      ],
    },
    {
      id: 'other-times',
      when: { canAttend: 'other-time' },
      fields: [{ name: 'otherTimes', kind: 'text', required: true }],
    },
    {
      id: 'their-account',
      fields: [optional(shared.whatHappened)],
    },
    {
      id: 'discipline',
      when: { meetingType: 'discipline' },
      fields: [
        {
          name: 'suspension',
          kind: 'choice',
          required: true,
          options: ['sent-home', 'considered', 'not-sure'],
        },
      ],
    },
    {
      id: 'child-account',
      fields: [shared.childSaid, { name: 'homeContext', kind: 'longtext', required: false }],
    },
    {
      id: 'plan',
      fields: [
        {
          name: 'hasPlan',
          kind: 'choice',
          required: true,
          options: ['iep', 'section-504', 'none'],
        },
      ],
    },
    {
      id: 'questions',
      fields: [shared.questions, { name: 'leaveWith', kind: 'longtext', required: false }],
    },
    {
      id: 'bring',
      fields: [
        { name: 'bringing', kind: 'longtext', required: false },
        { name: 'bringSomeone', kind: 'text', required: false },
        { name: 'beforehandRequest', kind: 'longtext', required: false },
        shared.reachMe,
      ],
    },
  ],
  followUps: [{ scenario: 'meeting-follow-up' }],
});
