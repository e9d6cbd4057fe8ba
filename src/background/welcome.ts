// The welcome page opens once, on a first install: never on an update (a new version, the browser updating it, a
// developer reloading the unpacked extension), so nobody is shown it twice.
import { browser } from '../shared/browser';
import { openWelcomePage } from '../shared/welcome';

export function openWelcomeOnInstall(): void {
  browser.runtime.onInstalled.addListener((details) => {
    if (details.reason !== 'install') return;
    openWelcomePage().catch((error: unknown) => console.warn('[Dễ Đọc] could not open the welcome page', error));
  });
}
