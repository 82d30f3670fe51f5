/**
 * Lining up home and school: asking the teacher for a classroom strategy, its exact words
 * and how to practise it at home, and optionally sharing what outside providers use.
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
  id: 'reinforce-at-home',
  version: 1,
  conditions: {
    sharesProvider: (answers) => answers.outsideProvider === 'share',
  },
  steps: [
    {
      id: 'about-you',
      fields: [parentName, relationship, childName, grade],
    },
    {
      id: 'teacher',
      fields: [teacherName, teacherEmail],
    },
    {
      id: 'skill',
      fields: [
        { name: 'skill', kind: 'text', required: true },
        { name: 'noticedFromClass', kind: 'text', required: false },
      ],
    },
    {
      id: 'at-home',
      fields: [
        { name: 'whatHappened', kind: 'longtext', required: true },
        { name: 'whatTried', kind: 'longtext', required: false },
        { name: 'practiceTime', kind: 'text', required: false },
      ],
    },
    {
      id: 'outside-support',
      fields: [
        { name: 'outsideProvider', kind: 'choice', required: true, options: ['share', 'none'] },
      ],
    },
    {
      id: 'provider-details',
      when: 'sharesProvider',
      fields: [
        { name: 'provider', kind: 'text', required: true },
        { name: 'providerStrategy', kind: 'longtext', required: true },
      ],
    },
    {
      id: 'wrap-up',
      fields: [{ name: 'reachMe', kind: 'text', required: false }],
    },
  ],
  followUps: [{ scenario: 'positive-feedback' }],
});
