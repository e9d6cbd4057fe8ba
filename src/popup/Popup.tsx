// The popup: the control centre for the site of the tab. The site switch; then, while Dễ Đọc runs there, each
// feature with its switch for this site and for every site and its quick settings (sections/FeaturePanel.tsx); the
// guide and the options. Its text follows the reader's size for the site (up to MAX_POPUP_TEXT_SCALE), as it opens.
// Firefox for Android shows it as a full page: it fits 360 px.
import { useEffect, useState } from 'preact/hooks';
import { browser } from '../shared/browser';
import { FEATURES } from '../shared/features';
import { t } from '../shared/i18n';
import { sendMessage, type SiteStatus } from '../shared/messages';
import { dismissRepairNotice, loadSettings, onSettingsChanged, readRepairNotice, siteSettings, type Settings } from '../shared/settings';
import { hostOfUrl, patternsForHost } from '../shared/hosts';
import { openWelcomePage } from '../shared/welcome';
import { findTargetTab, type TargetTab } from './target-tab';
import { FeaturePanel } from './sections/FeaturePanel';
import { useReadyWhen } from '../shared/ui/ready';
import { Notice } from '../shared/ui/Notice';

/**
 * The largest text of the popup, as a factor of its own 17 px: at 1.5 (25.5 px) every row still fits a 360 px screen
 * and Chrome's popup (at most 800 px wide); the reader's page text may go to 300 %.
 */
export const MAX_POPUP_TEXT_SCALE = 1.5;

type State =
  | { kind: 'loading' }
  | { kind: 'unsupported' }
  | { kind: 'failed'; message: string }
  | { kind: 'ready'; target: TargetTab; status: SiteStatus; isRepaired: boolean };

/** The popup's text at the reader's size, taken once as it opens (growing under a moving slider would throw it off). */
function followReaderSize(scale: number): void {
  document.documentElement.style.setProperty('--ui-scale', String(Math.min(MAX_POPUP_TEXT_SCALE, Math.max(1, scale))));
}

/** Opened as a page for a given tab (?tabId=, tests and links) the popup stays; as the toolbar popup it closes. */
function closeIfToolbarPopup(): void {
  if (!new URLSearchParams(location.search).has('tabId')) window.close();
}

export function Popup() {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [settings, setSettings] = useState<Settings | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);

  useEffect(() => {
    void (async () => {
      const target = await findTargetTab(location.search);
      const host = hostOfUrl(target.url);
      const loaded = await loadSettings();
      setSettings(loaded.settings);
      followReaderSize(host ? siteSettings(loaded.settings, host).scale : loaded.settings.siteDefaults.scale);
      if (!host) {
        setState({ kind: 'unsupported' });
        return;
      }
      const status = await sendMessage('site/status', { host });
      // The content script may have repaired broken settings before the popup opened: the notice remembers.
      const notice = await readRepairNotice();
      setState({ kind: 'ready', target, status, isRepaired: loaded.repairs.length > 0 || notice !== null });
    })().catch((error: unknown) => setState({ kind: 'failed', message: t('actionFailed', String(error)) }));
    return onSettingsChanged(({ settings: next }) => setSettings(next));
  }, []);
  useReadyWhen(state.kind !== 'loading');

  if (state.kind === 'loading') return <main aria-busy="true" />;
  if (state.kind === 'unsupported' || state.kind === 'failed') {
    return (
      <main>
        <h1>{t('popupTitle')}</h1>
        {state.kind === 'failed' ? (
          <p class="notice" role="alert">
            {state.message}
          </p>
        ) : (
          <p>{t('siteUnsupported')}</p>
        )}
        <Footer />
      </main>
    );
  }

  const { status, target } = state;
  const toggle = (): void => {
    setMessage(null);
    const turnOn = !status.isEnabled;
    // Firefox grants permissions.request only inside the click's own task: ask before any await.
    const permission =
      turnOn && !status.isDefault
        ? browser.permissions.request({ origins: patternsForHost(status.host) })
        : Promise.resolve(true);
    setBusy(true);
    void permission
      .then(async (isGranted) => {
        if (!isGranted) {
          setMessage(t('permissionDenied'));
          return;
        }
        const next = turnOn
          ? await sendMessage('site/enable', { host: status.host, ...(target.tabId !== undefined ? { tabId: target.tabId } : {}) })
          : await sendMessage('site/disable', { host: status.host });
        setState({ ...state, status: next });
      })
      .catch((error: unknown) => setMessage(t('actionFailed', error instanceof Error ? error.message : String(error))))
      .finally(() => setBusy(false));
  };

  const explanation = status.isEnabled
    ? status.isDefault
      ? t('siteOnDefault')
      : t('siteOnUser')
    : status.isDefault
      ? t('siteOffDefault')
      : t('siteOffUser');

  return (
    <main>
      <h1>{t('popupTitle')}</h1>
      {state.isRepaired && (
        <Notice text={t('settingsRepaired')} onDismiss={() => void dismissRepairNotice().then(() => setState({ ...state, isRepaired: false }))} />
      )}
      <div class="switch-row site-row">
        <span id="site-switch-label">
          {t('siteSwitchLabel', '')}
          <span class="site">{status.host}</span>
        </span>
        <button
          type="button"
          class="switch"
          role="switch"
          data-action="site-toggle"
          aria-checked={status.isEnabled ? 'true' : 'false'}
          aria-labelledby="site-switch-label"
          disabled={isBusy}
          onClick={toggle}
        />
      </div>
      <p class="muted" id="site-explanation">
        {explanation}
      </p>
      {message && (
        <p class="notice" role="alert">
          {message}
        </p>
      )}
      {status.isEnabled &&
        settings &&
        FEATURES.map((feature) => (
          <FeaturePanel key={feature.id} id={feature.id} host={status.host} tabId={target.tabId} settings={settings} />
        ))}
      <Footer />
    </main>
  );
}

function Footer() {
  return (
    <footer>
      <button
        type="button"
        class="secondary"
        data-action="open-guide"
        onClick={() => void openWelcomePage().then(closeIfToolbarPopup)}
      >
        {t('openGuide')}
      </button>
      <button type="button" class="secondary" data-action="open-options" onClick={() => void browser.runtime.openOptionsPage().then(closeIfToolbarPopup)}>
        {t('openOptions')}
      </button>
    </footer>
  );
}
