import { t } from '../lib/i18n/messages';

export function PageLoading() {
  return (
    <p className="loading" role="status">
      {t('app.loading')}
    </p>
  );
}
