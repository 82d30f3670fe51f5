import type { RehearsalContent } from '../../rehearsals/content';
import type { Rehearsal } from '../../rehearsals/define-rehearsal';
import type { RehearsalContext, RehearsalEvent } from '../../rehearsals/types';
import type { SaveStatus } from '../../lib/storage/use-autosave';

/** What every screen of a rehearsal receives from the runner. */
export interface RehearsalScreenProps {
  rehearsal: Rehearsal;
  content: RehearsalContent;
  context: RehearsalContext;
  send: (event: RehearsalEvent) => void;
  saveStatus: SaveStatus;
}
