/**
 * When a child is being bullied (teased, left out, hit, threatened, online, on the bus):
 * safety first, then a plain, dated account of what happened, who was involved and what
 * adults saw or were told, and a request for the school's plan and how the child will be
 * kept safe. Either a message to work on it with the teacher, or, when it is serious
 * (an injury, threats, or it went on after it was reported), a formal written report to
 * the principal asking for the school's anti-bullying procedure. Ends in a draft and a
 * printable record to keep adding to.
 */
import { defineScenario } from './engine/define-scenario';
import { optional, shared } from './fields';

export default defineScenario({
  id: 'bullying',
  version: 1,
  emailTo: ['contactEmail', 'teacherEmail'],
  steps: [
    {
      id: 'safety',
      fields: [shared.concern],
    },
    {
      id: 'about-you',
      fields: [shared.parentName, shared.relationship, shared.childName, shared.grade],
    },
    {
      id: 'what-happened',
      fields: [shared.whatHappened, { name: 'incidentDates', kind: 'longtext', required: true }],
    },
    {
      id: 'who',
      fields: [
        { name: 'whoInvolved', kind: 'longtext', required: true },
        { name: 'adultsKnow', kind: 'longtext', required: false },
      ],
    },
    {
      id: 'child-account',
      fields: [shared.childSaid, { name: 'wellbeing', kind: 'longtext', required: false }],
    },
    {
      id: 'told-before',
      fields: [
        { name: 'toldBefore', kind: 'choice', required: true, options: ['not-yet', 'told'] },
      ],
    },
    {
      id: 'earlier-reports',
      when: { toldBefore: 'told' },
      fields: [shared.whatTried],
    },
    {
      id: 'route',
      fields: [
        {
          name: 'reportType',
          kind: 'choice',
          required: true,
          options: ['work-together', 'formal-report'],
        },
      ],
    },
    {
      id: 'teacher',
      when: { reportType: 'work-together' },
      fields: [shared.teacherName, shared.teacherEmail],
    },
    {
      id: 'principal',
      when: { reportType: 'formal-report' },
      fields: [shared.contactName, shared.contactEmail, shared.requestDate],
    },
    {
      id: 'ask',
      fields: [{ name: 'safetyIdea', kind: 'text', required: false }, optional(shared.questions)],
    },
    {
      id: 'together',
      fields: [
        { name: 'homeSteps', kind: 'longtext', required: true, shape: 'action' },
        shared.reachMe,
      ],
    },
  ],
  followUps: [
    { scenario: 'escalate-meeting', when: { reportType: 'work-together' } },
    { scenario: 'meeting-follow-up' },
  ],
});
