/** The few rules that make the teacher react: how a turn lands, tension, and the ending. */
import {
  AGREES_AT,
  BREAKING_POINT,
  STALLS_AT,
  endingFor,
  landingOf,
  nextTension,
  strategiesOf,
} from '../../src/rehearsals/landing';

const tuning = { start: 1, good: -1, mixed: 1, poor: 2 };

test('blame or a demand puts the teacher on guard, whatever else the turn does', () => {
  expect(landingOf(['curious', 'specific', 'blaming'])).toBe('poor');
  expect(landingOf(['acknowledges', 'demanding'])).toBe('poor');
});

test('a curious, specific, solution-focused or acknowledging turn lands well', () => {
  for (const strategy of ['curious', 'specific', 'solution', 'acknowledges'] as const) {
    expect(landingOf([strategy])).toBe('good');
  }
});

test('a vague turn is safe but does not move things on', () => {
  expect(landingOf(['vague'])).toBe('mixed');
});

test('tension moves with the landing and stays between calm and the breaking point', () => {
  expect(nextTension(2, 'good', tuning)).toBe(1);
  expect(nextTension(2, 'mixed', tuning)).toBe(3);
  expect(nextTension(4, 'poor', tuning)).toBe(BREAKING_POINT);
  expect(nextTension(0, 'good', tuning)).toBe(0);
});

test('only a turn that landed well counts towards the goals', () => {
  expect(strategiesOf(['curious', 'specific'])).toEqual(['curious', 'specific']);
  expect(strategiesOf(['specific', 'blaming'])).toEqual([]);
});

test('a plan needs calm and a proposal the teacher just said yes to', () => {
  expect(endingFor(AGREES_AT, 'good')).toBe('agreed');
  expect(endingFor(AGREES_AT + 1, 'good')).toBe('next-step');
  expect(endingFor(0, 'mixed')).toBe('next-step');
  expect(endingFor(0, 'poor')).toBe('next-step');
  expect(endingFor(STALLS_AT, 'good')).toBe('stalled');
});
