/**
 * Every scenario the app offers: each `src/scenarios/<id>.machine.ts` is one, loaded
 * only when a parent opens it. Adding a scenario needs no line here.
 */
import type { Scenario } from './engine/define-scenario';

type ScenarioLoader = () => Promise<{ default: Scenario }>;

const machines = import.meta.glob<{ default: Scenario }>('./*.machine.ts');

/**
 * By id. Ids arrive from addresses, saved progress and imported files, so the table has no
 * prototype: "toString" or "__proto__" finds nothing rather than one of Object's methods.
 */
export const scenarioLoaders: Readonly<Record<string, ScenarioLoader>> = Object.assign(
  Object.create(null) as Record<string, ScenarioLoader>,
  Object.fromEntries(
    Object.entries(machines).map(([path, load]) => [
      path.replace(/^\.\/|\.machine\.ts$/g, ''),
      load,
    ]),
  ),
);

export const isScenarioId = (id: string) => Object.hasOwn(scenarioLoaders, id);

/** The loader of a scenario the app has, or undefined for any other id. */
export const scenarioLoader = (id: string): ScenarioLoader | undefined =>
  isScenarioId(id) ? scenarioLoaders[id] : undefined;
