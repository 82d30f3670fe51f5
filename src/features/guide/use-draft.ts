/**
 * The draft on screen: the parent's edits when there are any, otherwise the draft
 * generated from the answers. Notices when answers changed after the parent edited.
 */
import { useMemo } from 'react';
import type { ScenarioContent } from '../../scenarios/content-types';
import type { Scenario } from '../../scenarios/engine/define-scenario';
import type { DraftText, ScenarioContext } from '../../scenarios/engine/types';
import { composeDraft } from '../../scenarios/drafts/compose-draft';

const sameDraft = (a: DraftText, b: DraftText) => a.subject === b.subject && a.body === b.body;

export function useDraft(scenario: Scenario, content: ScenarioContent, context: ScenarioContext) {
  const generated = useMemo(
    () => composeDraft(content.template, scenario.fields, scenario.answersOnPath(context.answers)),
    [content.template, scenario, context.answers],
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
