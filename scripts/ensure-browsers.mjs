// Makes sure the real browsers the end-to-end tests drive are on this machine (Debian packages).
// As root it installs what is missing with apt; otherwise it stops and names the packages to install.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const NEEDS = [
  { path: '/usr/bin/chromium', pkg: 'chromium' },
  // Chromium's Vietnamese UI strings: the extension's own i18n follows the browser's locale.
  { path: '/usr/lib/chromium/locales/vi.pak', pkg: 'chromium-l10n' },
  { path: '/usr/bin/firefox-esr', pkg: 'firefox-esr' },
  // Firefox's Vietnamese language pack: the tests run both browsers in Vietnamese, as our readers do.
  { path: '/usr/lib/firefox-esr/browser/extensions/langpack-vi@firefox-esr.mozilla.org.xpi', pkg: 'firefox-esr-l10n-vi' },
  // Keyboard shortcuts are real key presses to the browser window: a virtual display and xdotool.
  { path: '/usr/bin/xvfb-run', pkg: 'xvfb' },
  { path: '/usr/bin/xdotool', pkg: 'xdotool' },
];

export function ensureBrowsers() {
  const missing = NEEDS.filter((n) => !existsSync(n.path)).map((n) => n.pkg);
  if (missing.length === 0) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error(`The end-to-end tests need these Debian packages: ${missing.join(' ')}\n  sudo apt-get install -y ${missing.join(' ')}`);
    process.exit(1);
  }
  console.log(`Installing ${missing.join(', ')} with apt-get …`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env });
}

if (import.meta.url === `file://${process.argv[1]}`) ensureBrowsers();
