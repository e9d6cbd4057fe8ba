// Content-script entry. Built as one plain IIFE (crxjs's *.iife.ts convention) so that it needs no
// web-accessible chunks: pages cannot probe for Dễ Đọc, and the same file serves the manifest's state sites and
// the sites the user adds at run time (scripting.registerContentScripts / executeScript).
import { browser } from '../shared/browser';
import { listen, sendMessage } from '../shared/messages';
import { hostOfUrl } from '../shared/hosts';
import { loadSettings, onSettingsChanged, routeSettingsWrites, updateSettings, updateSite } from '../shared/settings';
import { FEATURE_LIST } from './features';
import { Runner } from './runner';

const BOOT_FLAG = Symbol.for('dedoc.booted');

/** After an extension update or removal the old script's context is gone: it must stop quietly. */
function isContextAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

function log(message: string, error?: unknown): void {
  if (!isContextAlive()) return;
  console.warn(`[Dễ Đọc] ${message}`, error ?? '');
}

async function boot(): Promise<void> {
  const scope = globalThis as typeof globalThis & { [BOOT_FLAG]?: boolean };
  // The background may inject into a tab the manifest already covers: one instance per page.
  if (scope[BOOT_FLAG]) return;
  scope[BOOT_FLAG] = true;
  const host = hostOfUrl(location.href);
  if (!host) return;
  // Settings writes go to the background, which applies them one at a time (no lost update between contexts).
  routeSettingsWrites((ops) => sendMessage('settings/apply', { ops }));
  const runner = new Runner(document, host, FEATURE_LIST, {
    saveToolbar: (toolbar) => void updateSettings((s) => ({ ...s, toolbar })).catch((e) => log('could not save', e)),
    saveSite: (h, patch) => updateSite(h, patch).then(() => undefined),
    openOptions: () => void sendMessage('options/open', {}).catch((e) => log('could not open options', e)),
    log,
  });
  const stopListening = onSettingsChanged(({ settings }) => {
    if (!isContextAlive()) {
      runner.stop();
      stopListening();
      return;
    }
    runner.apply(settings);
  });
  listen({
    'page/status': async () => ({ host, isRunning: runner.isRunning, features: runner.status() }),
  });
  const { settings } = await loadSettings();
  runner.apply(settings);
}

boot().catch((error) => log('could not start', error));
