/**
 * The language a draft is written in: the page's, or another the scenario has a template in
 * (English from a Spanish page, for an English-speaking teacher). The choice is kept in the
 * flow's context, so it is saved with the answers; the other language's template loads when
 * it is chosen (or when a guide reopens on it) and is kept for the visit.
 */
import { useEffect, useState } from 'react';
import { pageLocale, type Locale } from '../../lib/i18n/locale';
import { draftLanguages, loadDraftTemplate } from '../../scenarios/content';
import type { ScenarioContent } from '../../scenarios/content-types';
import type { Scenario } from '../../scenarios/engine/define-scenario';
import type { ScenarioContext, ScenarioEvent } from '../../scenarios/engine/types';

const loaded = new Map<string, string>();
const keyOf = (scenarioId: string, locale: Locale) => `${scenarioId}/${locale}`;

async function templateIn(scenarioId: string, locale: Locale): Promise<void> {
  const key = keyOf(scenarioId, locale);
  if (!loaded.has(key)) loaded.set(key, await loadDraftTemplate(scenarioId, locale));
}

export interface DraftLanguage {
  /** Every language this draft can be written in, the page's first. */
  languages: Locale[];
  /** The language the draft on screen is in. */
  language: Locale;
  /** Its template; null while it loads. */
  template: string | null;
  /** The language that was chosen but could not be loaded, if any. */
  failed: Locale | null;
  choose: (locale: Locale) => void;
}

export function useDraftLanguage(
  scenario: Scenario,
  content: ScenarioContent,
  context: ScenarioContext,
  send: (event: ScenarioEvent) => void,
): DraftLanguage {
  const page = pageLocale();
  const languages = draftLanguages(scenario.id, page);
  const chosen = context.draftLanguage;
  const [failed, setFailed] = useState<Locale | null>(null);
  const [, setLoads] = useState(0);
  const wanted = chosen && languages.includes(chosen) && chosen !== failed ? chosen : page;
  const template =
    wanted === page ? content.template : (loaded.get(keyOf(scenario.id, wanted)) ?? null);

  // A guide reopened on a draft in another language: its template loads now.
  useEffect(() => {
    if (template !== null) return;
    let live = true;
    templateIn(scenario.id, wanted).then(
      () => live && setLoads((count) => count + 1),
      () => live && setFailed(wanted),
    );
    return () => {
      live = false;
    };
  }, [template, scenario.id, wanted]);

  const choose = (locale: Locale) => {
    // The template is loaded first, so the draft changes language in one step.
    void (locale === page ? Promise.resolve() : templateIn(scenario.id, locale)).then(
      () => {
        setFailed(null);
        send({ type: 'draft.language', locale });
      },
      () => setFailed(locale),
    );
  };

  return { languages, language: wanted, template, failed, choose };
}
