/**
 * Raising a worry with the teacher: pause and gather what you know, describe it
 * specifically (one incident or a pattern over weeks), ask to understand, then offer to
 * work on it together. If earlier conversations did not help, a joint meeting is offered.
 */
import { defineScenario } from './engine/define-scenario';
import {
  childName,
  grade,
  parentName,
  relationship,
  teacherEmail,
  teacherName,
} from './shared-fields';

export default defineScenario({
  id: 'raise-concern',
  version: 1,
  conditions: {
    isOnce: (answers) => answers.frequency === 'once',
    isPattern: (answers) => answers.frequency === 'pattern',
    raisedBefore: (answers) =>
      answers.raisedBefore === 'helped-some' || answers.raisedBefore === 'not-helped',
    earlierDidNotHelp: (answers) => answers.raisedBefore === 'not-helped',
  },
  steps: [
    {
      id: 'pause',
      fields: [{ name: 'concern', kind: 'text', required: true }],
    },
    {
      id: 'about-you',
      fields: [parentName, relationship, childName, grade, teacherName, teacherEmail],
    },
    {
      id: 'child-account',
      fields: [{ name: 'childSaid', kind: 'longtext', required: true }],
    },
    {
      id: 'specifics',
      fields: [
        { name: 'frequency', kind: 'choice', required: true, options: ['once', 'pattern'] },
        { name: 'whatHappened', kind: 'longtext', required: true },
      ],
    },
    {
      id: 'one-time',
      when: 'isOnce',
      fields: [
        { name: 'incidentWhen', kind: 'text', required: true },
        { name: 'afterwards', kind: 'longtext', required: false },
      ],
    },
    {
      id: 'pattern',
      when: 'isPattern',
      fields: [
        { name: 'howOften', kind: 'text', required: true },
        { name: 'startedWhen', kind: 'text', required: true },
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
      when: 'raisedBefore',
      fields: [{ name: 'whatTried', kind: 'longtext', required: true }],
    },
    {
      id: 'ask',
      fields: [{ name: 'question', kind: 'longtext', required: true }],
    },
    {
      id: 'together',
      fields: [
        { name: 'homeHelp', kind: 'longtext', required: true },
        { name: 'whatWorks', kind: 'longtext', required: false },
        { name: 'tryIdea', kind: 'text', required: false },
        { name: 'reachMe', kind: 'text', required: false },
      ],
    },
  ],
  followUps: [{ scenario: 'escalate-meeting', when: 'earlierDidNotHelp' }],
});
