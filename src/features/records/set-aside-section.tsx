/** What could not be read on this device, kept exactly as it was stored and offered as a file. */
import { useEffect, useState } from 'react';
import type { SetAsideRecord } from '../../lib/storage/database';
import { t } from '../../lib/i18n/messages';
import { setAsideRecords } from '../../lib/storage/flow-store';
import { onRecordsChanged } from '../../lib/storage/records-store';
import { downloadSetAside } from '../../lib/storage/set-aside-broken';

export function SetAsideSection() {
  const [items, setItems] = useState<SetAsideRecord[]>([]);
  useEffect(() => {
    let live = true;
    const load = () =>
      void setAsideRecords().then(
        (found) => live && setItems(found),
        () => undefined,
      );
    load();
    const stop = onRecordsChanged(load);
    return () => {
      live = false;
      stop();
    };
  }, []);
  if (items.length === 0) return null;
  return (
    <section id="set-aside" className="records-section no-print" aria-labelledby="set-aside-title">
      <h2 id="set-aside-title">{t('records.setAside.title')}</h2>
      <p>{t('records.setAside.intro', { count: items.length })}</p>
      <div className="actions">
        <button type="button" className="button secondary" onClick={() => downloadSetAside(items)}>
          {t('records.setAside.download')}
        </button>
      </div>
    </section>
  );
}
