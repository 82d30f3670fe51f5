/**
 * Components that scenario MDX may use. Coach-only notes stay out of the parent's view;
 * coach mode shows them.
 */
import type { ReactNode } from 'react';

function CoachNote(_props: { children?: ReactNode }) {
  return null;
}

export const mdxComponents = { CoachNote };
