/**
 * When talking with the teacher has not worked: take stock of what has been tried, then
 * either reset the relationship with the teacher or ask for a joint meeting with a third
 * person (principal, counselor or someone else), in a collaborative tone. Ends in a draft
 * and a printable meeting-preparation sheet.
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
  id: 'escalate-meeting',
  version: 1,
  conditions: {
    isReset: (answers) => answers.approach === 'reset',
    isThirdParty: (answers) => answers.approach === 'third-party',
    isOtherPerson: (answers) =>
      answers.approach === 'third-party' && answers.thirdParty === 'someone-else',
  },
  steps: [
    {
      id: 'take-stock',
      fields: [
        { name: 'concern', kind: 'text', required: true },
        { name: 'whatTried', kind: 'longtext', required: true },
      ],
    },
    {
      id: 'about-you',
      fields: [parentName, relationship, childName, grade, teacherName, teacherEmail],
    },
    {
      id: 'what-happened',
      fields: [
        { name: 'whatHappened', kind: 'longtext', required: true },
        { name: 'impact', kind: 'longtext', required: false },
      ],
    },
    {
      id: 'approach',
      fields: [
        { name: 'approach', kind: 'choice', required: true, options: ['reset', 'third-party'] },
      ],
    },
    {
      id: 'reset',
      when: 'isReset',
      fields: [
        { name: 'appreciate', kind: 'longtext', required: true },
        { name: 'myPart', kind: 'longtext', required: false },
      ],
    },
    {
      id: 'who',
      when: 'isThirdParty',
      fields: [
        {
          name: 'thirdParty',
          kind: 'choice',
          required: true,
          options: ['principal', 'counselor', 'someone-else'],
        },
        { name: 'recipientName', kind: 'text', required: true },
      ],
    },
    {
      id: 'other-person',
      when: 'isOtherPerson',
      fields: [{ name: 'recipientRole', kind: 'text', required: true }],
    },
    {
      id: 'meeting-goals',
      fields: [
        { name: 'meetingGoals', kind: 'longtext', required: true },
        { name: 'questions', kind: 'longtext', required: false },
      ],
    },
    {
      id: 'availability',
      fields: [
        { name: 'availability', kind: 'text', required: true },
        {
          name: 'meetingFormat',
          kind: 'choice',
          required: true,
          options: ['in-person', 'call', 'either'],
        },
      ],
    },
  ],
  followUps: [{ scenario: 'meeting-follow-up' }],
});
