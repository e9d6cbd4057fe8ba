// The context menu: a small registry of items, each with its title (a UI string), where it shows, and what a click
// on it does. installContextMenus creates them all and routes each click to its item.
//
// A click handler runs inside the click's own task: whatever needs the reader's gesture (permissions.request, which
// Firefox grants only there) is called first, before any await.
import { browser, type Menus, type Tabs } from '../shared/browser';
import { DEFAULT_SITE_PATTERNS, hostOfUrl, isDefaultSite, patternsForHost } from '../shared/hosts';
import { t, type MessageKey } from '../shared/i18n';
import { sendToTab } from '../shared/messages';
import { loadSettings, onSettingsChanged, type Settings } from '../shared/settings';
import { enableSite } from './sites';
import { readSelectionIn } from './speech-commands';

export type MenuContext = 'selection' | 'page' | 'link' | 'action';

export interface MenuItem {
  /** Stable id (the menu item's id in the browser). */
  id: string;
  /** Its title; "%s" in it stands for the selected text (the browser fills it in). */
  title: MessageKey;
  contexts: MenuContext[];
  /** Pages it shows on, from the settings (it is updated when they change); every http(s) page when absent. */
  documentUrlPatterns?(settings: Settings): string[];
  /** What a click does. Called synchronously in the click's handler; anything needing the gesture goes first. */
  onClick(info: Menus.OnClickData, tab: Tabs.Tab | undefined): Promise<void>;
}

const EVERY_PAGE = ['http://*/*', 'https://*/*'];

/** Where Dễ Đọc may run: the state sites and the sites the reader added. */
function runnablePatterns(settings: Settings): string[] {
  return [...DEFAULT_SITE_PATTERNS, ...settings.userSites.flatMap((host) => patternsForHost(host))];
}

/** "Giải thích từ viết tắt": the page explains the selection beside it, with the article's own resolution. */
export const EXPLAIN_ITEM: MenuItem = {
  id: 'acronyms-explain',
  title: 'menu_explainAcronym',
  contexts: ['selection'],
  documentUrlPatterns: runnablePatterns,
  async onClick(info, tab) {
    const text = info.selectionText?.trim();
    if (tab?.id === undefined || !text) return;
    // No answer: Dễ Đọc or its acronyms are off on this page; the menu item has nothing to show there.
    await sendToTab(tab.id, 'acronyms/explain', { text }).catch(() => undefined);
  },
};

/** "Dùng Dễ Đọc trên trang này": the popup's switch for the page's site, with the same permission flow. */
export const ENABLE_SITE_ITEM: MenuItem = {
  id: 'site-enable',
  title: 'menu_enableSite',
  contexts: ['page'],
  onClick(info, tab) {
    const host = hostOfUrl(info.pageUrl ?? tab?.url);
    if (!host) return Promise.resolve();
    // Firefox grants permissions.request only inside the click's own task: asked before any await.
    const permission = isDefaultSite(host) ? Promise.resolve(true) : browser.permissions.request({ origins: patternsForHost(host) });
    return permission.then(async (isGranted) => {
      if (isGranted) await enableSite(host, tab?.id);
    });
  },
};

/** "Đọc đoạn đã chọn": the page's player reads the selection (the page reads it itself: its text, highlighted). */
export const READ_SELECTION_ITEM: MenuItem = {
  id: 'speech-read-selection',
  title: 'speech_readSelection',
  contexts: ['selection'],
  documentUrlPatterns: runnablePatterns,
  async onClick(_info, tab) {
    if (tab?.id !== undefined) await readSelectionIn(tab.id);
  },
};

export const MENU_ITEMS: readonly MenuItem[] = [EXPLAIN_ITEM, READ_SELECTION_ITEM, ENABLE_SITE_ITEM];

function log(message: string, error?: unknown): void {
  console.warn(`[Dễ Đọc] context menu: ${message}`, error ?? '');
}

/** The click of a menu item, as the browser reports it: routed to its item, which runs at once (see MenuItem). */
export function handleMenuClick(info: Menus.OnClickData, tab: Tabs.Tab | undefined, items: readonly MenuItem[] = MENU_ITEMS): Promise<void> {
  const item = items.find((entry) => entry.id === info.menuItemId);
  if (!item) return Promise.resolve();
  try {
    return item.onClick(info, tab).catch((error: unknown) => log(`${item.id} failed`, error));
  } catch (error) {
    log(`${item.id} failed`, error);
    return Promise.resolve();
  }
}

function properties(item: MenuItem, settings: Settings) {
  return {
    title: t(item.title),
    contexts: item.contexts,
    documentUrlPatterns: item.documentUrlPatterns?.(settings) ?? EVERY_PAGE,
  };
}

/** Menu changes one after the other (a settings change must not update an item that is being created). */
let queue: Promise<unknown> = Promise.resolve();

function enqueue(step: () => Promise<unknown>): void {
  queue = queue.then(step).catch((error: unknown) => log('could not update the menu', error));
}

/**
 * Creates the items anew each time the background starts (menus persist in Chrome and not always in Firefox's
 * event page: removing them first keeps exactly one of each), keeps their pages in line with the settings, and
 * routes the clicks.
 */
export function installContextMenus(items: readonly MenuItem[] = MENU_ITEMS): void {
  // Firefox for Android has no context menu API; what the items do is in the popup and the page there.
  if (!browser.contextMenus) return;
  enqueue(async () => {
    const { settings } = await loadSettings();
    await browser.contextMenus.removeAll();
    for (const item of items) browser.contextMenus.create({ id: item.id, ...properties(item, settings) });
  });
  let lastPatterns = '';
  onSettingsChanged(({ settings }) => {
    const patterns = JSON.stringify(items.map((item) => item.documentUrlPatterns?.(settings) ?? null));
    if (patterns === lastPatterns) return;
    lastPatterns = patterns;
    enqueue(async () => {
      for (const item of items) if (item.documentUrlPatterns) await browser.contextMenus.update(item.id, properties(item, settings));
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => void handleMenuClick(info, tab, items));
}
