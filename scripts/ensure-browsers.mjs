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
  // Read-aloud with a voice of the computer: a private speech-dispatcher with its espeak-ng module (RECIPES
  // "Speech in headless browsers"); tests/e2e/speech.e2e.ts reads the demo article with one of its Vietnamese voices.
  { path: '/usr/bin/speech-dispatcher', pkg: 'speech-dispatcher' },
  { path: '/usr/lib/speech-dispatcher-modules/sd_espeak-ng', pkg: 'speech-dispatcher-espeak-ng' },
];

/** The Firefox manifest's strict_min_version (vite.config.ts): an older Firefox refuses to install the extension. */
const FIREFOX_MIN_MAJOR = 142;

/** Firefox ESR's major version, or undefined when it cannot be told. */
function firefoxMajor() {
  try {
    const out = execFileSync('/usr/bin/firefox-esr', ['--version'], { encoding: 'utf8', timeout: 30_000 });
    const match = /Firefox (\d+)\./.exec(out);
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

export function ensureBrowsers() {
  const missing = NEEDS.filter((n) => !existsSync(n.path)).map((n) => n.pkg);
  if (existsSync('/usr/bin/firefox-esr')) {
    const major = firefoxMajor();
    if (major !== undefined && major < FIREFOX_MIN_MAJOR) {
      console.log(`Firefox ESR ${major} is older than the ${FIREFOX_MIN_MAJOR} the extension needs: updating it.`);
      missing.push('firefox-esr');
    }
  }
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
