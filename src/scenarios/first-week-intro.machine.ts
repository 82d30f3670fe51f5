/** Introducing the family and the child to a new teacher in the first weeks of school. */
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
  id: 'first-week-intro',
  version: 1,
  conditions: {
    sharesSupport: (answers) => answers.support === 'plan' || answers.support === 'difference',
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
      id: 'strengths',
      fields: [
        { name: 'interests', kind: 'text', required: true },
        { name: 'strengths', kind: 'longtext', required: true },
      ],
    },
    {
      id: 'challenges',
      fields: [
        { name: 'challenges', kind: 'longtext', required: false },
        { name: 'whatWorks', kind: 'longtext', required: true },
      ],
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
      when: 'sharesSupport',
      fields: [
        { name: 'supportDetails', kind: 'longtext', required: true },
        { name: 'supportHelps', kind: 'longtext', required: false },
      ],
    },
    {
      id: 'partnership',
      fields: [
        { name: 'hope', kind: 'text', required: false },
        { name: 'reachMe', kind: 'text', required: false },
      ],
    },
  ],
});
