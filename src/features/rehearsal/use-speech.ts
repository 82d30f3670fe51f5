/**
 * Reads the teacher's lines aloud where the browser can (`window.speechSynthesis`).
 * Returns null where it can't, so the control is simply absent rather than broken.
 */
import { useEffect, useMemo } from 'react';

export interface Speech {
  /** Says each text in turn, cutting off anything still being read. */
  say: (texts: readonly string[]) => void;
  stop: () => void;
}

function speechSupported(): boolean {
  return (
    typeof window !== 'undefined' &&
    'speechSynthesis' in window &&
    typeof window.SpeechSynthesisUtterance === 'function'
  );
}

export function useSpeech(): Speech | null {
  const supported = speechSupported();
  const speech = useMemo<Speech | null>(() => {
    if (!supported) return null;
    return {
      say: (texts) => {
        window.speechSynthesis.cancel();
        for (const text of texts) {
          window.speechSynthesis.speak(new window.SpeechSynthesisUtterance(text));
        }
      },
      stop: () => window.speechSynthesis?.cancel(),
    };
  }, [supported]);
  // Nothing keeps talking after the parent leaves the page.
  useEffect(() => () => speech?.stop(), [speech]);
  return speech;
}
