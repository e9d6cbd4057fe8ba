// Background: the message router, the registrations of content scripts for user-added sites, the context menu,
// and the welcome page on a first install.
import { browser } from '../shared/browser';
import { listen, type FontFaceData } from '../shared/messages';
import { isHostName, normalizeHost } from '../shared/hosts';
import { applySettingsChanges, loadSettings, pushPendingPrefs, updateSettings } from '../shared/settings';
import { applyDictionaryChange } from '../shared/dictionary';
import { legibleFontFaces } from '../shared/settings/scale';
import { installContextMenus } from './context-menus';
import { MAX_PAGE_ADDS_PER_MINUTE, RateLimit, checkDictionaryChangeFrom, checkSettingsChange, checkSiteChange } from './policy';
import { syncRegistrations } from './registrations';
import { identifySender, type Sender } from './senders';
import { disableSite, enableSite, siteStatus } from './sites';
import { openWelcomeOnInstall } from './welcome';
// Text size and reading comfort: early-paint registrations, keyboard shortcuts.
import './scale';
// Read-aloud's keyboard shortcut (Alt+Shift+S) for the page's player.
import './speech-commands';
// The content script's feature bundles, injected on request into the page that needs them.
import './feature-loader';
// After an install or update: the boot script into the tabs already open (Chrome), and the end of boot's port.
import './open-tabs';
// Read-aloud: the dedoc-speech port, browser voices and the built-in voice's host.
import './speech/index';

/** Who sent a message (the browser's sender, never what the message claims). */
function senderOf(raw: unknown): Sender | null {
  return identifySender(raw, { id: browser.runtime.id, origin: browser.runtime.getURL('') });
}

/** The host a site/* message names, normalised, or a refusal. */
function hostOf(raw: unknown): string {
  const host = typeof raw === 'string' && raw.length <= 300 ? normalizeHost(raw) : '';
  if (!isHostName(host)) throw new Error('site change refused: not a host name');
  return host;
}

/** Dictionary entries added from pages, all tabs together (in memory: it starts again with the worker). */
const pageAdds = new RateLimit(MAX_PAGE_ADDS_PER_MINUTE, 60_000);

/** The bundled font's faces, read once per background lifetime (they are the same for every page). */
let fontFaces: Promise<FontFaceData[]> | null = null;

function readFontFaces(): Promise<FontFaceData[]> {
  fontFaces ??= Promise.all(
    legibleFontFaces().map(async ({ file, weight, style, unicodeRange }) => {
      const bytes = new Uint8Array(await (await fetch(browser.runtime.getURL(file))).arrayBuffer());
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return { weight, style, unicodeRange, base64: btoa(binary) };
    }),
  ).catch((error: unknown) => {
    fontFaces = null;
    throw error;
  });
  return fontFaces;
}

/** Brings registrations in line with settings and permissions; drops user sites whose permission is gone. */
async function reconcile(): Promise<void> {
  const { settings } = await loadSettings();
  const kept = await syncRegistrations(settings.userSites);
  if (kept.length !== settings.userSites.length) {
    await updateSettings((current) => ({ ...current, userSites: current.userSites.filter((h) => kept.includes(h)) }));
  }
}

listen({
  // Every settings write of content, popup and options comes here and is applied in turn (see routeSettingsWrites),
  // once the sender may make it (policy.ts).
  'settings/apply': async ({ ops }, sender) => {
    const { settings } = await loadSettings();
    return applySettingsChanges(checkSettingsChange(senderOf(sender), ops, settings));
  },
  // Every dictionary write likewise (see routeDictionaryWrites): checked, then applied one at a time.
  'dictionary/apply': async ({ change }, sender) => {
    const { settings } = await loadSettings();
    return applyDictionaryChange(checkDictionaryChangeFrom(senderOf(sender), change, settings, pageAdds));
  },
  'options/open': async (_payload, sender) => {
    if (senderOf(sender)) await browser.runtime.openOptionsPage();
  },
  // Acronyms: the gated page CSS goes in through the browser, which a strict page CSP cannot block. Only our own
  // content script can send this; the CSS lands in the sending frame and nowhere else.
  'acronyms/insert-css': async ({ css }, rawSender) => {
    const sender = senderOf(rawSender);
    if (sender?.kind !== 'page' || typeof css !== 'string' || css.length > 20_000) return;
    await browser.scripting.insertCSS({ target: { tabId: sender.tabId, frameIds: [0] }, css });
  },
  // The legible font for a page: its bytes, never a URL of ours (see FontFaceData). Only to our own senders.
  'scale/font': async (_payload, sender) => {
    if (!senderOf(sender)) throw new Error('font refused: unknown sender');
    return { faces: await readFontFaces() };
  },
  'site/status': async ({ host }, sender) => {
    checkSiteChange(senderOf(sender));
    return siteStatus(hostOf(host));
  },
  'site/enable': async ({ host, tabId }, sender) => {
    checkSiteChange(senderOf(sender));
    return enableSite(hostOf(host), typeof tabId === 'number' ? tabId : undefined);
  },
  'site/disable': async ({ host }, sender) => {
    checkSiteChange(senderOf(sender));
    return disableSite(hostOf(host));
  },
});

browser.runtime.onInstalled.addListener(() => void reconcile());
browser.runtime.onStartup.addListener(() => void reconcile());
// Preferences that storage.sync refused before the browser closed are offered to it again.
browser.runtime.onInstalled.addListener(() => void pushPendingPrefs().catch(() => undefined));
browser.runtime.onStartup.addListener(() => void pushPendingPrefs().catch(() => undefined));
// The user can also withdraw a site's permission in the browser's own extension settings.
browser.permissions.onRemoved.addListener(() => void reconcile());
openWelcomeOnInstall();
installContextMenus();
