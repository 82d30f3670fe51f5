/**
 * The draft on screen: the parent's edits when there are any, otherwise the draft
 * generated from the answers. Notices when answers changed after the parent edited.
 */
import { useMemo } from 'react';
import type { Locale } from '../../lib/i18n/locale';
import { pageLocale } from '../../lib/i18n/locale';
import type { Scenario } from '../../scenarios/engine/define-scenario';
import type { DraftText, ScenarioContext } from '../../scenarios/engine/types';
import { composeDraft } from '../../scenarios/drafts/compose-draft';

const sameDraft = (a: DraftText, b: DraftText) => a.subject === b.subject && a.body === b.body;

/** `template` is in `language`; what the parent typed is read in the page's language. */
export function useDraft(
  scenario: Scenario,
  template: string,
  language: Locale,
  context: ScenarioContext,
) {
  const generated = useMemo(
    () =>
      composeDraft(
        template,
        scenario.fields,
        scenario.answersOnPath(context.answers),
        language,
        pageLocale(),
      ),
    [template, language, scenario, context.answers],
  );
  const edits = context.draftEdits;
  return {
    generated,
    shown: edits ?? generated,
    edited: edits !== null,
    /** The parent edited, then changed answers: the fresh draft would say something else. */
    outOfDate: edits !== null && !sameDraft(edits.basedOn, generated),
    basedOn: edits?.basedOn ?? generated,
  };
}
