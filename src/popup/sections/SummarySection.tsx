// The popup's summary section: opens the summary panel in the page (the panel takes the focus there), or says why
// this page cannot be summarised (no article, or the feature / Dễ Đọc is not running in the tab).
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import { sendToTab } from '../../shared/messages';

type State = 'loading' | 'ready' | 'no-article' | 'unavailable';

export function SummarySection({ tabId }: { tabId: number | undefined }) {
  const [state, setState] = useState<State>('loading');

  useEffect(() => {
    if (tabId === undefined) {
      setState('unavailable');
      return;
    }
    // No answer means no summary feature in the tab: Dễ Đọc is off there, or the feature is switched off.
    sendToTab(tabId, 'summary/status', {})
      .then((status) => setState(status?.hasArticle ? 'ready' : status ? 'no-article' : 'unavailable'))
      .catch(() => setState('unavailable'));
  }, [tabId]);

  const open = (): void => {
    if (tabId === undefined) return;
    sendToTab(tabId, 'summary/open', {})
      .then((status) => {
        if (!status?.hasArticle) {
          setState(status ? 'no-article' : 'unavailable');
          return;
        }
        // The toolbar popup closes so that the reader lands in the panel. Opened as a page for a given tab
        // (?tabId=, tests and links) it stays.
        if (!new URLSearchParams(location.search).has('tabId')) window.close();
      })
      .catch(() => setState('unavailable'));
  };

  if (state === 'loading') return null;
  return (
    <section class="summary-section" aria-labelledby="summary-heading">
      <h2 id="summary-heading">{t('summary_popupHeading')}</h2>
      {state === 'ready' ? (
        <button type="button" data-action="summary-open" onClick={open}>
          {t('summary_popupOpen')}
        </button>
      ) : (
        <p class="muted" data-summary-reason={state}>
          {t(state === 'no-article' ? 'summary_popupNoArticle' : 'summary_popupUnavailable')}
        </p>
      )}
    </section>
  );
}
