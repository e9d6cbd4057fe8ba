// The context menu (src/background/context-menus.ts) through the very listener the browser calls on a click, and the
// welcome page on a first install (src/background/welcome.ts). The stub's permissions.request works only during a
// user action's own task, as in the browsers: the "use here" item must ask before any await.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { browser, stub } from '../browser-stub';
import { loadSettings } from '../../../src/shared/settings';

beforeAll(async () => {
  await import('../../../src/background/index');
  await waitFor(() => stub.menuItems.size === 3);
});

beforeEach(() => stub.reset());

async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(condition()).toBe(true);
}

/** A click on a menu item, delivered as the browser delivers it: to every onClicked listener, in a user action. */
function clickMenu(info: Record<string, unknown>, tab: Record<string, unknown>, isUserAction = true): void {
  const deliver = () => {
    for (const listener of browser.contextMenus.onClicked.listeners) listener({ editable: false, modifiers: [], ...info }, tab);
  };
  if (isUserAction) stub.userAction(deliver);
  else deliver();
}

const settled = () => new Promise((r) => setTimeout(r, 50));

describe('context menu', () => {
  it('has its three items: the explanation and "read the selection" on a selection where Dễ Đọc may run, "use here" on every page', () => {
    const read = stub.menuItems.get('speech-read-selection');
    expect(read).toMatchObject({ title: 'speech_readSelection', contexts: ['selection'] });
    expect(read?.documentUrlPatterns).toContain('*://*.gov.vn/*');
    const explain = stub.menuItems.get('acronyms-explain');
    expect(explain).toMatchObject({ title: 'menu_explainAcronym', contexts: ['selection'] });
    expect(explain?.documentUrlPatterns).toContain('*://*.gov.vn/*');
    expect(stub.menuItems.get('site-enable')).toMatchObject({ title: 'menu_enableSite', contexts: ['page'], documentUrlPatterns: ['http://*/*', 'https://*/*'] });
  });

  it('"Đọc đoạn đã chọn" asks the tab’s player to read its selection', async () => {
    const asked: Array<[number, unknown]> = [];
    stub.onTabMessage(async (tabId, message) => {
      asked.push([tabId, message]);
      return undefined;
    });
    clickMenu({ menuItemId: 'speech-read-selection', selectionText: 'Hôm qua, 27-5', pageUrl: 'http://kiengiang.gov.vn/a.html' }, { id: 4 });
    await settled();
    expect(asked).toEqual([[4, { type: 'speech/command', payload: { command: 'read-selection' } }]]);
  });

  it('the keyboard shortcut speech-toggle plays or pauses the player of the tab it was pressed in', async () => {
    const asked: Array<[number, unknown]> = [];
    stub.onTabMessage(async (tabId, message) => {
      asked.push([tabId, message]);
      return undefined;
    });
    // The browser gives the command's tab as a second argument (the stub's type knows only the first).
    for (const listener of browser.commands.onCommand.listeners) (listener as (command: string, tab: { id: number }) => void)('speech-toggle', { id: 5 });
    await settled();
    expect(asked).toEqual([[5, { type: 'speech/command', payload: { command: 'toggle' } }]]);
  });

  it('"Giải thích từ viết tắt" asks the tab’s page to explain the selected text', async () => {
    const asked: Array<[number, unknown]> = [];
    stub.onTabMessage(async (tabId, message) => {
      asked.push([tabId, message]);
      return { form: 'UBND', status: 'explained', expansion: 'Ủy ban nhân dân' };
    });
    clickMenu({ menuItemId: 'acronyms-explain', selectionText: ' UBND ', pageUrl: 'http://kiengiang.gov.vn/a.html' }, { id: 7 });
    await settled();
    expect(asked).toEqual([[7, { type: 'acronyms/explain', payload: { text: 'UBND' } }]]);
  });

  it('"Dùng Dễ Đọc trên trang này" asks for the site’s permission in the click, then switches it on in the tab', async () => {
    clickMenu({ menuItemId: 'site-enable', pageUrl: 'http://tintuc.example.com/bai.html' }, { id: 9, url: 'http://tintuc.example.com/bai.html' });
    await settled();
    expect(stub.isGranted('*://tintuc.example.com/*')).toBe(true);
    expect(stub.registeredIds()).toContain('site:tintuc.example.com');
    expect(stub.injected).toContainEqual(expect.objectContaining({ target: { tabId: 9 } }));
    const { settings } = await loadSettings();
    expect(settings.userSites).toEqual(['tintuc.example.com']);
    // The explanation item now shows there too.
    await waitFor(() => (stub.menuItems.get('acronyms-explain')?.documentUrlPatterns as string[]).includes('*://tintuc.example.com/*'));
  });

  it('without the reader’s click nothing is granted and nothing runs', async () => {
    clickMenu({ menuItemId: 'site-enable', pageUrl: 'http://tintuc.example.com/' }, { id: 9 }, false);
    await settled();
    expect(stub.isGranted('*://tintuc.example.com/*')).toBe(false);
    expect(stub.registeredIds()).not.toContain('site:tintuc.example.com');
    expect((await loadSettings()).settings.userSites).toEqual([]);
  });

  it('switches a listed site the reader had switched off back on, without asking', async () => {
    await browser.storage.local.set({ sites: { version: 1, sites: { 'qdnd.vn': { enabled: false } }, userSites: [] } });
    clickMenu({ menuItemId: 'site-enable', pageUrl: 'https://qdnd.vn/tin.html' }, { id: 3 }, false);
    await settled();
    expect((await loadSettings()).settings.sites['qdnd.vn']?.enabled).toBe(true);
  });
});

describe('welcome page', () => {
  function installed(reason: string): void {
    for (const listener of browser.runtime.onInstalled.listeners) (listener as (d: unknown) => void)({ reason });
  }

  it('opens once on a first install, never on an update', async () => {
    installed('update');
    installed('browser_update');
    await settled();
    expect(stub.openedTabs).toEqual([]);
    installed('install');
    await settled();
    expect(stub.openedTabs).toEqual([{ url: 'chrome-extension://test/src/welcome/index.html' }]);
  });
});
