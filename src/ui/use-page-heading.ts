/**
 * Moves focus to a page's main heading when it changes and names the tab after it, so
 * keyboard and screen-reader users land where the new content starts. The very first
 * heading after the page loads is left alone: focus then starts at the skip link.
 */
import { useEffect, useRef } from 'react';
import { t } from '../lib/i18n/messages';

let firstHeadingShown = false;

export function usePageHeading<T extends HTMLElement>(title: string) {
  const ref = useRef<T>(null);
  useEffect(() => {
    document.title = t('app.tabTitle', { title });
    if (firstHeadingShown) ref.current?.focus();
    firstHeadingShown = true;
  }, [title]);
  return ref;
}
