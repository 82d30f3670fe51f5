/**
 * Asking for a specific support for the child: an informal conversation with the teacher,
 * or a dated, written request to the school's IEP/504 coordinator or case manager.
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
  id: 'request-accommodations',
  version: 1,
  emailTo: ['contactEmail', 'teacherEmail'],
  conditions: {
    isInformal: (answers) => answers.requestType === 'informal',
    isFormal: (answers) => answers.requestType === 'formal',
    mayNeedEvaluation: (answers) =>
      answers.requestType === 'informal' || answers.planStatus === 'no-plan',
  },
  steps: [
    {
      id: 'about-you',
      fields: [parentName, relationship, childName, grade],
    },
    {
      id: 'request-type',
      fields: [
        { name: 'requestType', kind: 'choice', required: true, options: ['informal', 'formal'] },
      ],
    },
    {
      id: 'teacher',
      when: 'isInformal',
      fields: [teacherName, teacherEmail],
    },
    {
      id: 'plan-contact',
      when: 'isFormal',
      fields: [
        { name: 'contactName', kind: 'text', required: true },
        { name: 'contactRole', kind: 'text', required: false },
        { name: 'contactEmail', kind: 'email', required: false },
        {
          name: 'planStatus',
          kind: 'choice',
          required: true,
          options: ['has-iep', 'has-504', 'no-plan'],
        },
        { name: 'requestDate', kind: 'date', required: true },
      ],
    },
    {
      id: 'what-you-see',
      fields: [
        { name: 'concern', kind: 'text', required: true },
        { name: 'whatHappened', kind: 'longtext', required: true },
      ],
    },
    {
      id: 'what-works',
      fields: [
        { name: 'whatWorks', kind: 'longtext', required: true },
        { name: 'whatTried', kind: 'longtext', required: false },
      ],
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
      fields: [{ name: 'reachMe', kind: 'text', required: false }],
    },
  ],
  followUps: [
    { scenario: 'request-evaluation', when: 'mayNeedEvaluation' },
    { scenario: 'meeting-follow-up' },
  ],
});
