/**
 * Lining up home and school: asking the teacher for a classroom strategy, its exact words
 * and how to practise it at home, and optionally sharing what outside providers use.
 */
import { defineScenario } from './engine/define-scenario';

export default defineScenario({
  id: 'reinforce-at-home',
  version: 1,
  conditions: {
    sharesProvider: (answers) => answers.outsideProvider === 'share',
  },
  steps: [
    {
      id: 'about-you',
      fields: [
        { name: 'parentName', kind: 'text', required: true },
        { name: 'relationship', kind: 'text', required: false },
        { name: 'childName', kind: 'text', required: true },
        { name: 'grade', kind: 'text', required: false },
      ],
    },
    {
      id: 'teacher',
      fields: [
        { name: 'teacherName', kind: 'text', required: true },
        { name: 'teacherEmail', kind: 'email', required: false },
      ],
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
