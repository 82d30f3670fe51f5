import accommodations from '../../src/scenarios/request-accommodations.machine';
import intro from '../../src/scenarios/first-week-intro.machine';

const both = { teacherEmail: 'teacher@example.org', contactEmail: 'coordinator@example.org' };

test('a formal request goes to the coordinator, an informal one to the teacher', () => {
  expect(accommodations.recipientOf({ ...both, requestType: 'formal' })).toBe(
    'coordinator@example.org',
  );
  expect(accommodations.recipientOf({ ...both, requestType: 'informal' })).toBe(
    'teacher@example.org',
  );
});

test('an address from a branch the parent did not take is never used', () => {
  expect(
    accommodations.recipientOf({ teacherEmail: 'teacher@example.org', requestType: 'formal' }),
  ).toBe('');
  expect(accommodations.answersOnPath({ ...both, requestType: 'informal' })).toEqual({
    teacherEmail: 'teacher@example.org',
    requestType: 'informal',
  });
});

test('by default the draft is addressed to the teacher', () => {
  expect(intro.recipientOf({ teacherEmail: ' teacher@example.org ' })).toBe('teacher@example.org');
  expect(intro.recipientOf({})).toBe('');
});

test('the log and the calendar name whom the draft goes to, from the branch taken', () => {
  const named = { teacherName: 'Ms. Reyes', contactName: 'Mr. Okafor' };
  expect(accommodations.recipientNameOf({ ...named, requestType: 'formal' })).toBe('Mr. Okafor');
  expect(accommodations.recipientNameOf({ ...named, requestType: 'informal' })).toBe('Ms. Reyes');
  expect(intro.recipientNameOf({ teacherName: '  ' })).toBe('');
});
