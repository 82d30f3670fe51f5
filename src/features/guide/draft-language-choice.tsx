/**
 * Which language the draft is written in, when the guide offers more than one, and what an
 * English draft from a Spanish page does with the parent's own words (they stay as typed).
 */
import { pageLocale, type Locale } from '../../lib/i18n/locale';
import { t } from '../../lib/i18n/messages';
import type { DraftLanguage } from './use-draft-language';

const nameOf = (locale: Locale) => t(`draft.language.names.${locale}`);

export function DraftLanguageChoice({
  draftLanguage: { languages, language, failed, choose },
  edited,
}: {
  draftLanguage: DraftLanguage;
  edited: boolean;
}) {
  if (languages.length < 2) return null;
  return (
    <div className="no-print">
      <fieldset className="field draft-language" aria-describedby="draft-language-hint">
        <legend>{t('draft.language.legend')}</legend>
        <p className="hint" id="draft-language-hint">
          {edited ? t('draft.language.afterEdits') : t('draft.language.hint')}
        </p>
        {languages.map((locale) => (
          <label key={locale} className="choice">
            <input
              type="radio"
              name="draft-language"
              value={locale}
              checked={locale === language}
              disabled={edited}
              onChange={() => choose(locale)}
            />
            <span>{t('draft.language.write', { language: nameOf(locale) })}</span>
          </label>
        ))}
        {failed && (
          <p className="field-error" role="alert">
            {t('draft.language.failed', { language: nameOf(failed) })}
          </p>
        )}
      </fieldset>
      {language !== pageLocale() && (
        <p className="callout" role="note">
          {t('draft.language.note', { language: nameOf(language) })}
        </p>
      )}
    </div>
  );
}
