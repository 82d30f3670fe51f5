/** A specific thank-you to a teacher when something is going well, optionally copied to the principal. */
import { defineScenario } from './engine/define-scenario';
import { optional, shared } from './fields';

export default defineScenario({
  id: 'positive-feedback',
  version: 1,
  steps: [
    {
      id: 'who',
      fields: [
        shared.parentName,
        shared.childName,
        shared.grade,
        shared.teacherName,
        shared.teacherEmail,
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
        optional(shared.childSaid),
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
      when: { copyPrincipal: 'yes' },
      fields: [{ name: 'principalName', kind: 'text', required: true, shape: 'name' }],
    },
  ],
});
