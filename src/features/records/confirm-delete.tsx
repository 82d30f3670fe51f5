/** The "are you sure?" step before something is deleted from this device. */
import type { ReactNode } from 'react';

interface ConfirmDeleteProps {
  /** The question, read out as the group's name. */
  question: string;
  /** What will be lost. */
  children: ReactNode;
  confirmLabel: string;
  keepLabel: string;
  onConfirm: () => void;
  onKeep: () => void;
}

export function ConfirmDelete(props: ConfirmDeleteProps) {
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
