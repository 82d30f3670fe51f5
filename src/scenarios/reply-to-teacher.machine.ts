/**
 * Replying to a worrying message from the teacher: pause first, then thank them, ask for
 * specifics, offer help from home and propose a time to talk.
 */
import { defineScenario } from './engine/define-scenario';
import { childName, grade, parentName, teacherEmail, teacherName } from './shared-fields';

export default defineScenario({
  id: 'reply-to-teacher',
  version: 1,
  conditions: {
    seenAtHomeToo: (answers) => answers.atHome === 'seen-too',
    differentAtHome: (answers) => answers.atHome === 'different',
    wantsToTalk: (answers) =>
      answers.talkHow === 'phone' ||
      answers.talkHow === 'meeting' ||
      answers.talkHow === 'your-choice',
  },
  steps: [
    {
      id: 'pause',
      fields: [
        {
          name: 'messageAbout',
          kind: 'choice',
          required: true,
          options: ['homework', 'behavior', 'grades', 'something-else'],
        },
      ],
    },
    {
      id: 'who',
      fields: [parentName, childName, grade, teacherName, teacherEmail],
    },
    {
      id: 'their-message',
      fields: [
        { name: 'concern', kind: 'text', required: true },
        { name: 'whatHappened', kind: 'longtext', required: false },
      ],
    },
    {
      id: 'acknowledge',
      fields: [
        {
          name: 'atHome',
          kind: 'choice',
          required: true,
          options: ['news', 'seen-too', 'different'],
        },
      ],
    },
    {
      id: 'tried-at-home',
      when: 'seenAtHomeToo',
      fields: [{ name: 'whatTried', kind: 'longtext', required: true }],
    },
    {
      id: 'home-picture',
      when: 'differentAtHome',
      fields: [{ name: 'homePicture', kind: 'longtext', required: true }],
    },
    {
      id: 'specifics',
      fields: [{ name: 'myQuestion', kind: 'longtext', required: false }],
    },
    {
      id: 'support',
      fields: [
        { name: 'supportOffer', kind: 'longtext', required: true },
        { name: 'whatWorks', kind: 'longtext', required: false },
      ],
    },
    {
      id: 'talk',
      fields: [
        {
          name: 'talkHow',
          kind: 'choice',
          required: true,
          options: ['phone', 'meeting', 'email', 'your-choice'],
        },
      ],
    },
    {
      id: 'talk-times',
      when: 'wantsToTalk',
      fields: [
        { name: 'talkWhen', kind: 'text', required: true },
        { name: 'reachMe', kind: 'text', required: false },
      ],
    },
  ],
  followUps: [{ scenario: 'meeting-follow-up' }],
});
