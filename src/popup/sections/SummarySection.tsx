// The popup's quick settings of the summary: how long it is (the reader's choice for every site), and a button that
// opens the summary panel in the page (the panel takes the focus there), or why this page cannot be summarised (no
// article, or the feature / Dễ Đọc is not running in the tab).
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import { useReadyWhen } from '../../shared/ui/ready';
import { sendToTab } from '../../shared/messages';
import { updateSettings } from '../../shared/settings';
import { SummaryLengthChoice } from '../../shared/ui/ReadingChoices';
import type { QuickSettingsProps } from './types';

type State = 'loading' | 'ready' | 'no-article' | 'unavailable';

/** The page may still be starting the feature (just switched on here): ask again, a few times. */
const ASK_ATTEMPTS = 6;
const ASK_INTERVAL_MS = 300;

export function SummarySection({ tabId, settings }: QuickSettingsProps) {
  const [state, setState] = useState<State>('loading');

  useEffect(() => {
    if (tabId === undefined) {
      setState('unavailable');
      return;
    }
    let isCurrent = true;
    // No answer means no summary feature in the tab: Dễ Đọc is off there, or the feature is switched off.
    const ask = (attempt: number): void => {
      sendToTab(tabId, 'summary/status', {})
        .then((status) => {
          if (!isCurrent) return;
          if (!status && attempt < ASK_ATTEMPTS) setTimeout(() => ask(attempt + 1), ASK_INTERVAL_MS);
          else setState(status?.hasArticle ? 'ready' : status ? 'no-article' : 'unavailable');
        })
        .catch(() => {
          if (!isCurrent) return;
          if (attempt < ASK_ATTEMPTS) setTimeout(() => ask(attempt + 1), ASK_INTERVAL_MS);
          else setState('unavailable');
        });
    };
    ask(0);
    return () => {
      isCurrent = false;
    };
  }, [tabId]);
  useReadyWhen(state !== 'loading');

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

  return (
    <div class="summary-section">
      <SummaryLengthChoice
        length={settings.summaryLength}
        onChange={(summaryLength) => void updateSettings((current) => ({ ...current, summaryLength }))}
        name="popup-summary-length"
      />
      {state === 'loading' ? null : state === 'ready' ? (
        <button type="button" data-action="summary-open" onClick={open}>
          {t('summary_popupOpen')}
        </button>
      ) : (
        <p class="muted" data-summary-reason={state}>
          {t(state === 'no-article' ? 'summary_popupNoArticle' : 'summary_popupUnavailable')}
        </p>
      )}
    </div>
  );
}
