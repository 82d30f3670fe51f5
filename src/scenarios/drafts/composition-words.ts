/**
 * What tidying answers for drafts needs in each language (content/<locale>/drafts/
 * composition.json), on its own so a step can read a pasted message without loading the
 * whole composition of drafts.
 */
import { type Locale } from '../../lib/i18n/locale';
import { filesFor } from '../../lib/i18n/localized-files';
import type { CompositionWords } from './tidy-answer';

const compositionFiles = import.meta.glob<CompositionWords>(
  '../../../content/*/drafts/composition.json',
  { eager: true, import: 'default' },
);

export const compositionWords = (locale: Locale): CompositionWords =>
  filesFor(compositionFiles, locale)['drafts/composition.json'] as CompositionWords;
