/** A specific thank-you to a teacher when something is going well, optionally copied to the principal. */
import { defineScenario } from './engine/define-scenario';
import { childName, grade, parentName, teacherEmail, teacherName } from './shared-fields';

export default defineScenario({
  id: 'positive-feedback',
  version: 1,
  conditions: {
    copiesPrincipal: (answers) => answers.copyPrincipal === 'yes',
  },
  steps: [
    {
      id: 'who',
      fields: [parentName, childName, grade, teacherName, teacherEmail],
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
