/**
 * A written, dated request to the school or district for a psychoeducational evaluation,
 * when a parent suspects a need that hasn't been identified yet.
 */
import { defineScenario } from './engine/define-scenario';
import { childName, grade, parentName, relationship } from './shared-fields';

export default defineScenario({
  id: 'request-evaluation',
  version: 1,
  emailTo: ['contactEmail'],
  conditions: {},
  steps: [
    {
      id: 'about-you',
      fields: [parentName, relationship, childName, grade],
    },
    {
      id: 'recipient',
      fields: [
        { name: 'contactName', kind: 'text', required: true },
        { name: 'contactRole', kind: 'text', required: false },
        { name: 'contactEmail', kind: 'email', required: false },
        { name: 'schoolName', kind: 'text', required: false },
        { name: 'requestDate', kind: 'date', required: true },
      ],
    },
    {
      id: 'concern',
      fields: [
        { name: 'concern', kind: 'text', required: true },
        { name: 'strengths', kind: 'longtext', required: false },
      ],
    },
    {
      id: 'observations',
      fields: [
        { name: 'noticedSince', kind: 'text', required: true },
        { name: 'whatHappened', kind: 'longtext', required: true },
      ],
    },
    {
      id: 'tried',
      fields: [
        { name: 'whatTried', kind: 'longtext', required: true },
        { name: 'schoolNoticed', kind: 'longtext', required: false },
      ],
    },
    {
      id: 'outside-input',
      fields: [{ name: 'outsideInput', kind: 'longtext', required: false }],
    },
    {
      id: 'next-steps',
      fields: [
        { name: 'questions', kind: 'text', required: false },
        { name: 'reachMe', kind: 'text', required: false },
      ],
    },
  ],
  followUps: [{ scenario: 'request-accommodations' }, { scenario: 'meeting-follow-up' }],
});
