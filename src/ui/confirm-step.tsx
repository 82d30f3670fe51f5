/** The "are you sure?" step before something that cannot be undone, such as a deletion. */
import type { ReactNode } from 'react';

interface ConfirmStepProps {
  /** The question, read out as the group's name. */
  question: string;
  /** What will be lost. */
  children: ReactNode;
  confirmLabel: string;
  keepLabel: string;
  onConfirm: () => void;
  onKeep: () => void;
}

export function ConfirmStep(props: ConfirmStepProps) {
  return (
    <div className="callout" role="group" aria-label={props.question}>
      <p>{props.children}</p>
      <div className="actions">
        <button type="button" className="button primary" onClick={props.onConfirm}>
          {props.confirmLabel}
        </button>
        <button type="button" className="button secondary" onClick={props.onKeep}>
          {props.keepLabel}
        </button>
      </div>
    </div>
  );
}
