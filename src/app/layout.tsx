import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { WorkspaceBadge } from '../features/coach/workspace-badge';
import { NoticeArea } from './notice-area';

export function Layout({ children }: { children: ReactNode }) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <Link href="/" className="brand">
          <img src={`${import.meta.env.BASE_URL}favicon.svg`} alt="" width="28" height="28" />
          Common Ground
        </Link>
        <WorkspaceBadge />
      </header>
      <NoticeArea />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>Everything you type stays on this device. Common Ground sends nothing anywhere.</p>
        <p>
          <Link href="/coach">For parent coaches</Link>
        </p>
      </footer>
    </>
  );
}
