import { Link } from 'wouter';
import { t } from '../lib/i18n/messages';
import { PageHeading } from './page-heading';

export function NotFound({ what = 'page' }: { what?: 'page' | 'situation' | 'rehearsal' }) {
  return (
    <section className="page narrow">
      <PageHeading tabTitle={t('app.notFound.tabTitle')}>{t(`app.notFound.${what}`)}</PageHeading>
      <p>{t('app.notFound.why')}</p>
      <p>
        <Link href="/" className="button">
          {t('app.notFound.seeAll')}
        </Link>
      </p>
    </section>
  );
}
