import { useEffect, useState } from 'react';

/**
 * False on the first render, true once the browser has painted it: for work the first
 * screen should not wait for. An effect alone can run before the paint (React flushes the
 * effects of a click at once), so this waits for the next frame and then a task after it.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, []);
  return painted;
}
