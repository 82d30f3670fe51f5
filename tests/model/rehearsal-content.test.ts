/**
 * Rehearsal content and machines must agree, in every language: each folder has exactly
 * its files, every file fits the format, replies are written for exactly the beats that
 * get one, people named in lines exist, and the draft each rehearsal feeds is a real field.
 */
import { readdirSync } from 'node:fs';
import * as v from 'valibot';
import {
  loadRehearsalContent,
  rehearsalContentPaths,
  rehearsalSummaries,
} from '../../src/rehearsals/content';
import { rehearsalSchema } from '../../src/rehearsals/content-schema';
import { scenarioLoaders } from '../../src/scenarios/registry';
import { PERSONAS } from '../../src/rehearsals/types';
import { LOCALES } from '../../src/lib/i18n/locale';

const foldersIn = (locale: string) => {
  try {
    return readdirSync(`content/${locale}/rehearsals`, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
  } catch {
    return [];
  }
};
const folders = foldersIn('en');

test('every folder under content/en/rehearsals is a rehearsal that loads', () => {
  expect(rehearsalSummaries.map((summary) => summary.id).sort()).toEqual(folders);
  expect(folders.length).toBeGreaterThanOrEqual(4);
});

test.each(LOCALES)(
  'in %s, each folder holds rehearsal.json and one file per teacher persona, nothing else',
  (locale) => {
    for (const folder of foldersIn(locale)) {
      expect(folders, folder).toContain(folder);
      expect(readdirSync(`content/${locale}/rehearsals/${folder}`).sort(), folder).toEqual(
        ['rehearsal.json', ...PERSONAS.map((persona) => `${persona}.json`)].sort(),
      );
    }
    const teachers = rehearsalContentPaths.teachers.filter((path) =>
      path.includes(`/content/${locale}/`),
    );
    expect(teachers).toHaveLength(foldersIn(locale).length * PERSONAS.length);
  },
);

describe.each(
  LOCALES.flatMap((locale) =>
    foldersIn(locale).map((folder) => [`${locale}/${folder}`, locale, folder] as const),
  ),
)('%s', (_name, locale, folder) => {
  test('ids are unique and every beat offers curious, vague and harder options', async () => {
    const { words } = await loadRehearsalContent(folder, locale);
    const beatIds = words.beats.map((beat) => beat.id);
    expect(new Set(beatIds).size).toBe(beatIds.length);
    for (const beat of words.beats) {
      const ids = beat.options.map((option) => option.id);
      expect(new Set(ids).size, beat.id).toBe(ids.length);
      const qualities = beat.options.flatMap((option) => option.qualities);
      expect(qualities, beat.id).toContain('vague');
      expect(
        qualities.some((quality) => quality === 'blaming' || quality === 'demanding'),
        beat.id,
      ).toBe(true);
      expect(
        beat.options.some(
          (option) => !option.qualities.some((q) => ['vague', 'blaming', 'demanding'].includes(q)),
        ),
        beat.id,
      ).toBe(true);
    }
  });

  test('each teacher replies to exactly the beats before the last, naming only people present', async () => {
    const content = await loadRehearsalContent(folder, locale);
    const replyBeats = content.words.beats.slice(0, -1).map((beat) => beat.id);
    const people = Object.keys(content.words.people);
    for (const persona of PERSONAS) {
      const script = content.teachers[persona];
      expect(Object.keys(script.replies).sort(), persona).toEqual([...replyBeats].sort());
      const lines = [
        script.opening,
        ...Object.values(script.replies).flatMap((byLanding) => Object.values(byLanding)),
        ...Object.values(script.endings),
      ];
      for (const line of lines) {
        if (typeof line === 'string') continue;
        for (const part of line) expect(people, `${persona}: ${part.says}`).toContain(part.who);
      }
    }
  });

  test('the lines it carries go into a free-text field of a real guide', async () => {
    const { words } = await loadRehearsalContent(folder, locale);
    const load = scenarioLoaders[words.draft.scenario];
    expect(load, words.draft.scenario).toBeDefined();
    const scenario = (await load!()).default;
    const field = scenario.fields.find((candidate) => candidate.name === words.draft.field);
    expect(field?.kind, words.draft.field).toBe('longtext');
  });

  test('feedback is one or two sentences, and every ending names what worked', async () => {
    const { words } = await loadRehearsalContent(folder, locale);
    const sentences = (text: string) => text.split(/(?<=[.!?])\s+(?=[\p{Lu}“"¿¡])/u).length;
    for (const option of words.beats.flatMap((beat) => beat.options)) {
      expect(sentences(option.feedback), option.id).toBeLessThanOrEqual(2);
    }
    for (const ending of Object.values(words.endings)) {
      expect(ending.worked.length).toBeGreaterThan(20);
      expect(ending.tryNext.length).toBeGreaterThan(20);
    }
  });
});

test('a coach’s slip in a file is reported with the file and the place', async () => {
  const parsed = v.safeParse(rehearsalSchema, { title: 'Only a title' });
  expect(parsed.success).toBe(false);
  await expect(loadRehearsalContent('no-such-rehearsal')).rejects.toThrow(/no rehearsal/);
});
