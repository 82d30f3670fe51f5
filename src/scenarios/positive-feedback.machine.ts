/** A specific thank-you to a teacher when something is going well, optionally copied to the principal. */
import { defineScenario } from './engine/define-scenario';

export default defineScenario({
  id: 'positive-feedback',
  version: 1,
  conditions: {
    copiesPrincipal: (answers) => answers.copyPrincipal === 'yes',
  },
  steps: [
    {
      id: 'who',
      fields: [
        { name: 'parentName', kind: 'text', required: true },
        { name: 'childName', kind: 'text', required: true },
        { name: 'grade', kind: 'text', required: false },
        { name: 'teacherName', kind: 'text', required: true },
        { name: 'teacherEmail', kind: 'email', required: false },
      ],
    },
    {
      id: 'what-went-well',
      fields: [{ name: 'whatWentWell', kind: 'longtext', required: true }],
    },
    {
      id: 'difference',
      fields: [
        { name: 'differenceChild', kind: 'longtext', required: true },
        { name: 'childSaid', kind: 'longtext', required: false },
        { name: 'differenceHome', kind: 'longtext', required: false },
      ],
    },
    {
      id: 'keep-going',
      fields: [
        { name: 'keepDoing', kind: 'longtext', required: false },
        { name: 'copyPrincipal', kind: 'choice', required: true, options: ['no', 'yes'] },
      ],
    },
    {
      id: 'principal',
      when: 'copiesPrincipal',
      fields: [{ name: 'principalName', kind: 'text', required: true }],
    },
  ],
});
