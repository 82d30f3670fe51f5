/**
 * Raising a worry with the teacher: pause and gather what you know, describe it
 * specifically (one incident or a pattern over weeks), ask to understand, then offer to
 * work on it together. If earlier conversations did not help, a joint meeting is offered.
 */
import { defineScenario } from './engine/define-scenario';
import { optional, shared } from './fields';

export default defineScenario({
  id: 'raise-concern',
  version: 1,
  steps: [
    {
      id: 'pause',
      fields: [shared.concern],
    },
    {
      id: 'about-you',
      fields: [
        shared.parentName,
        shared.relationship,
        shared.childName,
        shared.grade,
        shared.teacherName,
        shared.teacherEmail,
      ],
    },
    {
      id: 'child-account',
      fields: [shared.childSaid],
    },
    {
      id: 'specifics',
      fields: [
        { name: 'frequency', kind: 'choice', required: true, options: ['once', 'pattern'] },
        shared.whatHappened,
      ],
    },
    {
      id: 'one-time',
      when: { frequency: 'once' },
      fields: [
        { name: 'incidentWhen', kind: 'text', required: true, shape: 'when' },
        { name: 'afterwards', kind: 'longtext', required: false },
      ],
    },
    {
      id: 'pattern',
      when: { frequency: 'pattern' },
      fields: [
        { name: 'howOften', kind: 'text', required: true },
        { name: 'startedWhen', kind: 'text', required: true, shape: 'when' },
        { name: 'changedThen', kind: 'longtext', required: false },
      ],
    },
    {
      id: 'history',
      fields: [
        {
          name: 'raisedBefore',
          kind: 'choice',
          required: true,
          options: ['not-yet', 'helped-some', 'not-helped'],
        },
      ],
    },
    {
      id: 'tried',
      when: { raisedBefore: ['helped-some', 'not-helped'] },
      fields: [shared.whatTried],
    },
    {
      id: 'ask',
      fields: [{ name: 'question', kind: 'longtext', required: true, shape: 'question' }],
    },
    {
      id: 'together',
      fields: [
        { name: 'homeHelp', kind: 'longtext', required: true, shape: 'action' },
        optional(shared.whatWorks),
        { name: 'tryIdea', kind: 'text', required: false },
        shared.reachMe,
      ],
    },
  ],
  followUps: [{ scenario: 'escalate-meeting', when: { raisedBefore: 'not-helped' } }],
});
