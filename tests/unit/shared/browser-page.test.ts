// The content scripts' extension API in Chrome (src/shared/browser-page.ts): messages keep webextension-polyfill's
// protocol, which the background (still on the polyfill) speaks.
import { describe, expect, it, vi } from 'vitest';
import { fromChrome, type ChromeApi } from '../../../src/shared/browser-page';

type Wrapped = (message: unknown, sender: unknown, sendResponse: (reply: unknown) => void) => boolean;

function fakeChrome(reply: (respond: (value: unknown) => void, api: ChromeApi) => void) {
  const listeners = new Set<Wrapped>();
  const api = {
    storage: { local: { get: vi.fn(async () => ({ a: 1 })) } },
    runtime: {
      id: 'abc',
      lastError: undefined as { message?: string } | undefined,
      getURL(this: unknown, path: string) {
        if (this !== api.runtime) throw new Error('called on the wrong object');
        return `chrome-extension://abc/${path}`;
      },
      sendMessage: (...args: unknown[]) => {
        const respond = args.pop() as (value: unknown) => void;
        reply(respond, api as unknown as ChromeApi);
      },
      onMessage: {
        addListener: (l: Wrapped) => listeners.add(l),
        removeListener: (l: Wrapped) => listeners.delete(l),
        hasListener: (l: Wrapped) => listeners.has(l),
      },
    },
  };
  return { api: api as unknown as ChromeApi, listeners };
}

describe('the content scripts’ browser API in Chrome', () => {
  it('a listener’s promise answers the sender; a rejection answers with the polyfill’s record; no promise, no answer', async () => {
    const { api, listeners } = fakeChrome(() => undefined);
    const browser = fromChrome(api);
    browser.runtime.onMessage.addListener((async (message: unknown) => ({ echo: message })) as never);
    const sent: unknown[] = [];
    expect([...listeners][0]!('hi', {}, (r) => sent.push(r))).toBe(true);
    await new Promise((r) => setTimeout(r, 0));
    expect(sent).toEqual([{ echo: 'hi' }]);

    listeners.clear();
    browser.runtime.onMessage.addListener((async () => {
      throw new Error('refused');
    }) as never);
    const failed: unknown[] = [];
    expect([...listeners][0]!('x', {}, (r) => failed.push(r))).toBe(true);
    await new Promise((r) => setTimeout(r, 0));
    expect(failed).toEqual([{ __mozWebExtensionPolyfillReject__: true, message: 'refused' }]);

    listeners.clear();
    const quiet = () => undefined;
    browser.runtime.onMessage.addListener(quiet as never);
    expect([...listeners][0]!('x', {}, () => undefined)).toBe(false);
    expect(browser.runtime.onMessage.hasListener(quiet as never)).toBe(true);
    browser.runtime.onMessage.removeListener(quiet as never);
    expect(listeners.size).toBe(0);
  });

  it('sendMessage: a reply resolves, the polyfill’s rejection record rejects, "no answer" is undefined, other errors reject', async () => {
    const replies: Array<(respond: (value: unknown) => void, api: ChromeApi) => void> = [
      (respond) => respond({ ok: 1 }),
      (respond) => respond({ __mozWebExtensionPolyfillReject__: true, message: 'not allowed' }),
      (respond, api) => {
        api.runtime.lastError = { message: 'The message port closed before a response was received.' };
        respond(undefined);
        api.runtime.lastError = undefined;
      },
      (respond, api) => {
        api.runtime.lastError = { message: 'Could not establish connection. Receiving end does not exist.' };
        respond(undefined);
        api.runtime.lastError = undefined;
      },
    ];
    const { api } = fakeChrome((respond, chromeApi) => replies.shift()!(respond, chromeApi));
    const browser = fromChrome(api);
    await expect(browser.runtime.sendMessage({ type: 'a' })).resolves.toEqual({ ok: 1 });
    await expect(browser.runtime.sendMessage({ type: 'b' })).rejects.toThrow('not allowed');
    await expect(browser.runtime.sendMessage({ type: 'c' })).resolves.toBeUndefined();
    await expect(browser.runtime.sendMessage({ type: 'd' })).rejects.toThrow('Receiving end does not exist');
  });

  it('everything else is Chrome’s own, called on its own object', async () => {
    const { api } = fakeChrome(() => undefined);
    const browser = fromChrome(api);
    expect(browser.runtime.id).toBe('abc');
    expect(browser.runtime.getURL('x.css')).toBe('chrome-extension://abc/x.css');
    await expect(browser.storage.local.get('a')).resolves.toEqual({ a: 1 });
  });
});
