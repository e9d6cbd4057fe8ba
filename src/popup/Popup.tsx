import { useEffect, useState } from 'preact/hooks';
import { browser } from '../shared/browser';
import { t } from '../shared/i18n';
import { sendMessage, type SiteStatus } from '../shared/messages';
import { dismissRepairNotice, loadSettings, readRepairNotice } from '../shared/settings';
import { hostOfUrl, patternsForHost } from '../shared/hosts';
import { findTargetTab, type TargetTab } from './target-tab';
import { SummarySection } from './sections/SummarySection';
import { GlossarySection } from './sections/GlossarySection';
import { ScaleSection } from './sections/ScaleSection';

type State =
  | { kind: 'loading' }
  | { kind: 'unsupported' }
  | { kind: 'ready'; target: TargetTab; status: SiteStatus; isRepaired: boolean };

export function Popup() {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [message, setMessage] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);

  useEffect(() => {
    void (async () => {
      const target = await findTargetTab(location.search);
      const host = hostOfUrl(target.url);
      if (!host) {
        setState({ kind: 'unsupported' });
        return;
      }
      const [{ repairs }, status] = await Promise.all([loadSettings(), sendMessage('site/status', { host })]);
      // The content script may have repaired broken settings before the popup opened: the notice remembers.
      const notice = await readRepairNotice();
      setState({ kind: 'ready', target, status, isRepaired: repairs.length > 0 || notice !== null });
    })().catch((error: unknown) => setMessage(t('actionFailed', String(error))));
  }, []);

  if (state.kind === 'loading') return <main aria-busy="true" />;
  if (state.kind === 'unsupported') {
    return (
      <main>
        <h1>{t('popupTitle')}</h1>
        <p>{t('siteUnsupported')}</p>
        <OptionsLink />
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
        <div class="notice" role="status">
          <p>{t('settingsRepaired')}</p>
          <button
            type="button"
            class="secondary"
            data-action="dismiss-repair-notice"
            onClick={() => void dismissRepairNotice().then(() => setState({ ...state, isRepaired: false }))}
          >
            {t('dismiss')}
          </button>
        </div>
      )}
      <div class="switch-row">
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
      {status.isEnabled && <ScaleSection host={status.host} />}
      {status.isEnabled && <SummarySection tabId={target.tabId} />}
      {status.isEnabled && <GlossarySection tabId={target.tabId} />}
      {message && (
        <p class="notice" role="alert">
          {message}
        </p>
      )}
      <OptionsLink />
    </main>
  );
}

function OptionsLink() {
  return (
    <footer>
      <button type="button" class="secondary" data-action="open-options" onClick={() => void browser.runtime.openOptionsPage()}>
        {t('openOptions')}
      </button>
    </footer>
  );
}
