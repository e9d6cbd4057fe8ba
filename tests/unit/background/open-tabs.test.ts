// After an install or update the boot script goes into the tabs already open on our sites (Chrome injects nothing
// there itself); Firefox does it itself, so it is not done twice. Tabs that refuse are skipped, not fatal.
import { beforeEach, describe, expect, it } from 'vitest';
import { browser, stub } from '../browser-stub';
import { contentScriptMatches, injectIntoOpenTabs, injectsIntoOpenTabsItself } from '../../../src/background/open-tabs';
import { registerHost } from '../../../src/background/registrations';
import { BOOT_PORT_NAME } from '../../../src/shared/messages';

const manifest = browser.runtime.getManifest;

beforeEach(() => {
  stub.reset();
  browser.runtime.getManifest = () => ({ content_scripts: [{ js: ['content.js'], matches: ['*://*.gov.vn/*'] }] });
  return () => {
    browser.runtime.getManifest = manifest;
  };
});

const flush = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('boot into open tabs after an install or update', () => {
  it('asks for the tabs of the manifest’s sites and of the sites the user added', async () => {
    stub.grant('*://example.org/*');
    stub.grant('*://*.example.org/*');
    await registerHost('example.org');
    const matches = await contentScriptMatches();
    expect(matches).toContain('*://*.gov.vn/*');
    expect(matches).toContain('*://example.org/*');
    await injectIntoOpenTabs();
    expect(stub.tabQueries).toEqual([{ url: matches }]);
  });

  it('injects the boot script into each open tab, skipping discarded tabs and tabs that refuse', async () => {
    stub.openTabs.push(
      { id: 1, url: 'https://kiengiang.gov.vn/a.html' },
      { id: 2, url: 'https://hanoi.gov.vn/b.html', discarded: true },
      { id: 3, url: 'https://moit.gov.vn/c.html' },
      { id: 4, url: 'https://moh.gov.vn/d.html' },
    );
    stub.refusingTabs.add(3);
    expect(await injectIntoOpenTabs()).toEqual([1, 4]);
    expect(stub.injected).toEqual([
      { target: { tabId: 1 }, files: ['content.js'] },
      { target: { tabId: 4 }, files: ['content.js'] },
    ]);
  });

  it('does it on install and update in Chrome, not on a browser update', async () => {
    stub.openTabs.push({ id: 1, url: 'https://kiengiang.gov.vn/a.html' });
    const fire = (reason: string) => {
      for (const listener of browser.runtime.onInstalled.listeners) listener({ reason });
    };
    fire('chrome_update');
    await flush();
    expect(stub.injected.filter((i) => i.files?.includes('content.js'))).toHaveLength(0);
    fire('update');
    await flush();
    expect(stub.injected.filter((i) => i.files?.includes('content.js'))).toHaveLength(1);
  });

  it('leaves open tabs to Firefox, which injects manifest scripts into them itself', () => {
    expect(injectsIntoOpenTabsItself('moz-extension://6f1c0a4e-0000-4000-8000-000000000000/')).toBe(true);
    expect(injectsIntoOpenTabsItself('chrome-extension://abcdefghijklmnopabcdefghijklmnop/')).toBe(false);
  });
});

describe('the other end of boot’s port', () => {
  it('keeps our boot script’s port and closes any other', () => {
    const ports: Array<{ name: string; closed: boolean }> = [];
    const connect = (name: string, id: string) => {
      const port = { name, sender: { id }, closed: false, disconnect: () => void (port.closed = true) };
      ports.push(port);
      for (const listener of browser.runtime.onConnect.listeners) listener(port);
    };
    connect(BOOT_PORT_NAME, browser.runtime.id);
    connect('other', browser.runtime.id);
    connect(BOOT_PORT_NAME, 'another-extension');
    expect(ports.map((p) => p.closed)).toEqual([false, true, true]);
  });
});
