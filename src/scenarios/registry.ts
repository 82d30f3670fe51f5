/**
 * Every scenario the app offers: each `src/scenarios/<id>.machine.ts` is one, loaded
 * only when a parent opens it. Adding a scenario needs no line here.
 */
import type { Scenario } from './engine/define-scenario';

const machines = import.meta.glob<{ default: Scenario }>('./*.machine.ts');

export const scenarioLoaders: Record<string, () => Promise<{ default: Scenario }>> =
  Object.fromEntries(
    Object.entries(machines).map(([path, load]) => [
      path.replace(/^\.\/|\.machine\.ts$/g, ''),
      load,
    ]),
  );

export const isScenarioId = (id: string) => Object.hasOwn(scenarioLoaders, id);
