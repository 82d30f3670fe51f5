/** Introducing the family and the child to a new teacher in the first weeks of school. */
import { defineScenario } from './engine/define-scenario';
import { shared } from './fields';

export default defineScenario({
  id: 'first-week-intro',
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
      id: 'strengths',
      fields: [{ name: 'interests', kind: 'text', required: true }, shared.strengths],
    },
    {
      id: 'challenges',
      fields: [{ name: 'challenges', kind: 'longtext', required: false }, shared.whatWorks],
    },
    {
      id: 'support',
      fields: [
        {
          name: 'support',
          kind: 'choice',
          required: true,
          options: ['plan', 'difference', 'none', 'not-now'],
        },
      ],
    },
    {
      id: 'support-details',
      when: { support: ['plan', 'difference'] },
      fields: [
        { name: 'supportDetails', kind: 'longtext', required: true },
        { name: 'supportHelps', kind: 'longtext', required: false },
      ],
    },
    {
      id: 'partnership',
      fields: [{ name: 'hope', kind: 'text', required: false }, shared.reachMe],
    },
  ],
});
