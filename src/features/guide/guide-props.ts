import type { ScenarioContent } from '../../scenarios/content-types';
import type { Scenario } from '../../scenarios/engine/define-scenario';
import type { ScenarioContext, ScenarioEvent } from '../../scenarios/engine/types';
import type { SaveStatus } from '../../lib/storage/use-autosave';

/** What every screen of the guide receives from the runner. */
export interface GuideScreenProps {
  scenario: Scenario;
  content: ScenarioContent;
  context: ScenarioContext;
  send: (event: ScenarioEvent) => void;
  saveStatus: SaveStatus;
}
