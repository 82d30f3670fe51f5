/**
 * Every scenario the app offers. Adding one means: its machine file, its folder under
 * content/scenarios/, and one line here.
 */
import type { Scenario } from './engine/define-scenario';

export const scenarioLoaders: Record<string, () => Promise<{ default: Scenario }>> = {
  'first-week-intro': () => import('./first-week-intro.machine'),
};

export const isScenarioId = (id: string) => Object.hasOwn(scenarioLoaders, id);
