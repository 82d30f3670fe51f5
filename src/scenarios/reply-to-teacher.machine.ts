/**
 * Replying to a worrying message from the teacher: pause first, paste their message if you
 * like (the guide points out what it asks, so the reply answers it), then thank them, ask
 * for specifics, offer help from home and propose a time to talk.
 */
import { defineScenario } from './engine/define-scenario';
import { optional, shared } from './fields';

export default defineScenario({
  id: 'reply-to-teacher',
  version: 1,
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
      id: 'their-words',
      fields: [{ name: 'teacherMessage', kind: 'longtext', required: false, shape: 'message' }],
    },
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
      id: 'their-message',
      fields: [shared.concern, optional(shared.whatHappened)],
    },
    {
      id: 'answer-them',
      fields: [
        { name: 'theyAsked', kind: 'longtext', required: false, fromMessage: true },
        { name: 'myAnswer', kind: 'longtext', required: false },
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
      when: { atHome: 'seen-too' },
      fields: [shared.whatTried],
    },
    {
      id: 'home-picture',
      when: { atHome: 'different' },
      fields: [{ name: 'homePicture', kind: 'longtext', required: true }],
    },
    {
      id: 'specifics',
      fields: [{ name: 'myQuestion', kind: 'longtext', required: false, shape: 'question' }],
    },
    {
      id: 'support',
      fields: [
        { name: 'supportOffer', kind: 'longtext', required: true, shape: 'action' },
        optional(shared.whatWorks),
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
      when: { talkHow: ['phone', 'meeting', 'your-choice'] },
      fields: [{ name: 'talkWhen', kind: 'text', required: true }, shared.reachMe],
    },
  ],
  followUps: [{ scenario: 'meeting-follow-up' }],
});
