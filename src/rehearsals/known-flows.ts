/**
 * Which saved flows and agenda items the app knows, for checking what a backup brings in.
 * It sits with the rehearsals because they are the lowest layer that sees both the guides
 * and the rehearsals. Every id is looked up as an own entry, never through a prototype.
 */
import type { BackupChecks } from '../lib/storage/backup';
import type { FlowRecordV1 } from '../lib/storage/database';
import { scenarioOfFlow } from '../lib/storage/guide-drafts';
import type { FlowContract } from '../lib/storage/flow-contract';
import { scenarioLoader } from '../scenarios/registry';
import { isRehearsalId, loadRehearsal } from './content';

const REHEARSAL_PREFIX = 'rehearsal:';
/** A draft's key, after the guide's id ("raise-concern~k3f9q2"). */
const DRAFT_KEY = /^[A-Za-z0-9_-]{1,64}$/;

export const isAgendaItem = (id: string) =>
  id.startsWith(REHEARSAL_PREFIX)
    ? isRehearsalId(id.slice(REHEARSAL_PREFIX.length))
    : scenarioLoader(id) !== undefined;

/** The contract of the guide or rehearsal a flow id names, or null when the app has none. */
async function contractOf(flowId: string): Promise<FlowContract | null> {
  if (flowId.startsWith(REHEARSAL_PREFIX)) {
    const id = flowId.slice(REHEARSAL_PREFIX.length);
    return isRehearsalId(id) ? (await loadRehearsal(id)).rehearsal : null;
  }
  const scenarioId = scenarioOfFlow(flowId);
  const key = flowId.slice(scenarioId.length + 1);
  const load = scenarioLoader(scenarioId);
  if (!load || (flowId !== scenarioId && !DRAFT_KEY.test(key))) return null;
  return (await load()).default;
}

export async function flowFits(flow: FlowRecordV1): Promise<boolean> {
  const contract = await contractOf(flow.scenarioId);
  if (!contract) return false;
  return flow.machineVersion !== contract.version || contract.restore(flow) !== null;
}

export const backupChecks: BackupChecks = { isAgendaItem, flowFits };
