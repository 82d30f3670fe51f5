/** Brings the entry named in the address (#iep) into view once the page has rendered. */
import { useEffect } from 'react';

export function useHashTarget() {
  useEffect(() => {
    const id = decodeURIComponent(window.location.hash.slice(1));
    const target = id ? document.getElementById(id) : null;
    target?.scrollIntoView();
    target?.focus();
  }, []);
}
