/**
 * A written, dated request to the school or district for a psychoeducational evaluation,
 * when a parent suspects a need that hasn't been identified yet.
 */
import { defineScenario } from './engine/define-scenario';
import { optional, shared } from './fields';

export default defineScenario({
  id: 'request-evaluation',
  version: 1,
  emailTo: ['contactEmail'],
  steps: [
    {
      id: 'about-you',
      fields: [shared.parentName, shared.relationship, shared.childName, shared.grade],
    },
    {
      id: 'recipient',
      fields: [
        shared.contactName,
        shared.contactRole,
        shared.contactEmail,
        { name: 'schoolName', kind: 'text', required: false },
        shared.requestDate,
      ],
    },
    {
      id: 'concern',
      fields: [shared.concern, optional(shared.strengths)],
    },
    {
      id: 'observations',
      fields: [
        { name: 'noticedSince', kind: 'text', required: true, shape: 'when' },
        shared.whatHappened,
      ],
    },
    {
      id: 'tried',
      fields: [shared.whatTried, { name: 'schoolNoticed', kind: 'longtext', required: false }],
    },
    {
      id: 'outside-input',
      fields: [{ name: 'outsideInput', kind: 'longtext', required: false }],
    },
    {
      id: 'next-steps',
      fields: [shared.questions, shared.reachMe],
    },
  ],
  followUps: [{ scenario: 'request-accommodations' }, { scenario: 'meeting-follow-up' }],
});
