/** Brings the entry named in the address (#iep) into view once the page has rendered. */
import { useEffect } from 'react';
import { decodePart } from '../../lib/well-formed';

export function useHashTarget() {
  useEffect(() => {
    const id = decodePart(window.location.hash.slice(1));
    const target = id ? document.getElementById(id) : null;
    target?.scrollIntoView();
    target?.focus();
  }, []);
}
