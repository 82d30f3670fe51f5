/**
 * Lining up home and school: asking the teacher for a classroom strategy, its exact words
 * and how to practise it at home, and optionally sharing what outside providers use.
 */
import { defineScenario } from './engine/define-scenario';
import { optional, shared } from './fields';

export default defineScenario({
  id: 'reinforce-at-home',
  version: 1,
  steps: [
    {
      id: 'about-you',
      fields: [shared.parentName, shared.relationship, shared.childName, shared.grade],
    },
    {
      id: 'teacher',
      fields: [shared.teacherName, shared.teacherEmail],
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
        shared.whatHappened,
        optional(shared.whatTried),
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
      when: { outsideProvider: 'share' },
      fields: [
        { name: 'provider', kind: 'text', required: true },
        { name: 'providerStrategy', kind: 'longtext', required: true },
      ],
    },
    {
      id: 'wrap-up',
      fields: [shared.reachMe],
    },
  ],
  followUps: [{ scenario: 'positive-feedback' }],
});
