/**
 * Catches what a screen throws while it renders, so one unexpected value shows a way forward
 * instead of a blank page. React has no hook for this, hence the one class component.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface ErrorBoundaryProps {
  children: ReactNode;
  /** The parent's words at the moment of failure, read while the failed screen still exists. */
  words: () => string;
  /** Runs once, after the failure is on screen (for example, to set saved progress aside). */
  onError?: (error: unknown) => void;
  fallback: (words: string) => ReactNode;
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, { failed: boolean }> {
  override state = { failed: false };
  private words: string | undefined;
  private reported = false;

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, _info: ErrorInfo) {
    if (this.reported) return;
    this.reported = true;
    this.props.onError?.(error);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    // Read once, during the render that replaces the failed screen, before it is torn down.
    this.words ??= readWords(this.props.words);
    return this.props.fallback(this.words);
  }
}

function readWords(words: () => string): string {
  try {
    return words().trim();
  } catch {
    return '';
  }
}
