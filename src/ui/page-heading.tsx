/**
 * A page's main heading. It names the tab, and when it changes, keyboard and screen-reader
 * users are moved to it, where the new content starts (see use-page-heading.ts).
 */
import type { ReactNode } from 'react';
import { usePageHeading } from './use-page-heading';

interface PageHeadingProps {
  children: ReactNode;
  /** The tab's title when it differs from the heading's words, or the heading is not text. */
  tabTitle?: string;
  id?: string;
  className?: string;
}

export function PageHeading({ children, tabTitle, id, className }: PageHeadingProps) {
  const title = tabTitle ?? (typeof children === 'string' ? children : '');
  const heading = usePageHeading<HTMLHeadingElement>(title);
  return (
    <h1 ref={heading} tabIndex={-1} id={id} className={className}>
      {children}
    </h1>
  );
}
