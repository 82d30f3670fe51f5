/**
 * Asking for a specific support for the child: an informal conversation with the teacher,
 * or a dated, written request to the school's IEP/504 coordinator or case manager.
 */
import { defineScenario } from './engine/define-scenario';
import { optional, shared } from './fields';

export default defineScenario({
  id: 'request-accommodations',
  version: 1,
  emailTo: ['contactEmail', 'teacherEmail'],
  steps: [
    {
      id: 'about-you',
      fields: [shared.parentName, shared.relationship, shared.childName, shared.grade],
    },
    {
      id: 'request-type',
      fields: [
        { name: 'requestType', kind: 'choice', required: true, options: ['informal', 'formal'] },
      ],
    },
    {
      id: 'teacher',
      when: { requestType: 'informal' },
      fields: [shared.teacherName, shared.teacherEmail],
    },
    {
      id: 'plan-contact',
      when: { requestType: 'formal' },
      fields: [
        shared.contactName,
        shared.contactRole,
        shared.contactEmail,
        {
          name: 'planStatus',
          kind: 'choice',
          required: true,
          options: ['has-iep', 'has-504', 'no-plan'],
        },
        shared.requestDate,
      ],
    },
    {
      id: 'what-you-see',
      fields: [shared.concern, shared.whatHappened],
    },
    {
      id: 'what-works',
      fields: [shared.whatWorks, optional(shared.whatTried)],
    },
    {
      id: 'ask-and-propose',
      fields: [
        { name: 'askAbout', kind: 'text', required: false },
        { name: 'accommodation', kind: 'text', required: true },
      ],
    },
    {
      id: 'next-step',
      fields: [shared.reachMe],
    },
  ],
  followUps: [
    {
      scenario: 'request-evaluation',
      when: { anyOf: [{ requestType: 'informal' }, { planStatus: 'no-plan' }] },
    },
    { scenario: 'meeting-follow-up' },
  ],
});
