/**
 * When talking with the teacher has not worked: take stock of what has been tried, then
 * either reset the relationship with the teacher or ask for a joint meeting with a third
 * person (principal, counselor or someone else), in a collaborative tone. Ends in a draft
 * and a printable meeting-preparation sheet.
 */
import { defineScenario } from './engine/define-scenario';
import { shared } from './fields';

export default defineScenario({
  id: 'escalate-meeting',
  version: 1,
  steps: [
    {
      id: 'take-stock',
      fields: [shared.concern, shared.whatTried],
    },
    {
      id: 'about-you',
      fields: [
        shared.parentName,
        shared.relationship,
        shared.childName,
        shared.grade,
        shared.teacherName,
        shared.teacherEmail,
      ],
    },
    {
      id: 'what-happened',
      fields: [shared.whatHappened, { name: 'impact', kind: 'longtext', required: false }],
    },
    {
      id: 'approach',
      fields: [
        { name: 'approach', kind: 'choice', required: true, options: ['reset', 'third-party'] },
      ],
    },
    {
      id: 'reset',
      when: { approach: 'reset' },
      fields: [
        { name: 'appreciate', kind: 'longtext', required: true },
        { name: 'myPart', kind: 'longtext', required: false, shape: 'action' },
      ],
    },
    {
      id: 'who',
      when: { approach: 'third-party' },
      fields: [
        {
          name: 'thirdParty',
          kind: 'choice',
          required: true,
          options: ['principal', 'counselor', 'someone-else'],
        },
        { name: 'recipientName', kind: 'text', required: true, shape: 'name' },
      ],
    },
    {
      id: 'other-person',
      when: { approach: 'third-party', thirdParty: 'someone-else' },
      fields: [{ name: 'recipientRole', kind: 'text', required: true }],
    },
    {
      id: 'meeting-goals',
      fields: [{ name: 'meetingGoals', kind: 'longtext', required: true }, shared.questions],
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
