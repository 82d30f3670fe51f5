import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { WorkspaceBadge } from '../features/coach/workspace-badge';
import { t } from '../lib/i18n/messages';
import { LanguageSwitch } from '../ui/language-switch';
import { NoticeArea } from './notice-area';

export function Layout({ children }: { children: ReactNode }) {
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <Link href="/" className="brand">
          <img src={`${import.meta.env.BASE_URL}favicon.svg`} alt="" width="28" height="28" />
          {t('app.name')}
        </Link>
        <WorkspaceBadge />
        <LanguageSwitch />
      </header>
      <NoticeArea />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>{t('app.footerPrivacy')}</p>
        <p>
          <Link href="/coach">{t('app.forCoaches')}</Link>
        </p>
      </footer>
    </>
  );
}
