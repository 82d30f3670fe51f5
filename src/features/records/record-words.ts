/** The words of the record forms (labels, hints, options), in the page's language. */
import type { FieldWords } from '../../lib/fields/field-spec';
import { pageLocale, type Locale } from '../../lib/i18n/locale';
import { filesFor } from '../../lib/i18n/localized-files';
import type english from '../../../content/en/ui/records.json';

type English = typeof english;
type RecordWords = { [G in keyof English]: { [F in keyof English[G]]: FieldWords } };

const files = import.meta.glob<RecordWords>('../../../content/*/ui/records.json', {
  eager: true,
  import: 'default',
});

/** The record forms' words in `locale` (English for any file that language lacks). */
export const recordWordsIn = (locale: Locale): RecordWords =>
  filesFor(files, locale)['ui/records.json'] as RecordWords;

export const recordWords: RecordWords = recordWordsIn(pageLocale());
