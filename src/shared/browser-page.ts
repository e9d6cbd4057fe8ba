// The extension API as the content script in a page sees it, built into the content bundles in place of
// src/shared/browser.ts (scripts/vite/content-bundles.ts): the browser's own promise-based API instead of
// webextension-polyfill, whose ~3 KB gzipped would be a sixth of boot's budget on every page of every state site.
// Firefox gives content scripts `browser` itself. Chrome's MV3 `chrome` returns promises from every API a content
// script uses (storage, runtime.connect, i18n) except in messaging, where this keeps the polyfill's protocol so the
// background, which keeps the polyfill, understands it: a listener answers with what its promise resolves to, or
// with the polyfill's rejection record; a reply that is such a record rejects; "no listener answered" is undefined.
import type Browser from 'webextension-polyfill';

type Listener = (message: unknown, sender: unknown) => unknown;
/** Chrome's namespace, read member by member: typed only where this module calls it. */
export type ChromeApi = Record<PropertyKey, unknown> & {
  runtime: Record<PropertyKey, unknown> & {
    lastError?: { message?: string };
    sendMessage: (...args: unknown[]) => void;
    onMessage: { addListener(l: ChromeListener): void; removeListener(l: ChromeListener): void; hasListener(l: ChromeListener): boolean };
  };
};
type ChromeListener = (message: unknown, sender: unknown, sendResponse: (reply: unknown) => void) => boolean;

const REJECTED = '__mozWebExtensionPolyfillReject__';
const NO_ANSWER = 'The message port closed before a response was received.';

export function fromChrome(chrome: ChromeApi): typeof Browser {
  const wrappers = new WeakMap<Listener, ChromeListener>();
  const wrap = (listener: Listener): ChromeListener => {
    let wrapper = wrappers.get(listener);
    if (!wrapper) {
      wrapper = (message, sender, sendResponse) => {
        let result: unknown;
        try {
          result = listener(message, sender);
        } catch (error) {
          result = Promise.reject(error);
        }
        if (!result || typeof (result as Promise<unknown>).then !== 'function') return false;
        (result as Promise<unknown>).then(sendResponse, (error: unknown) =>
          sendResponse({ [REJECTED]: true, message: error instanceof Error ? error.message : String(error) }),
        ).catch(() => undefined);
        return true;
      };
      wrappers.set(listener, wrapper);
    }
    return wrapper;
  };
  const onMessage = {
    addListener: (listener: Listener) => chrome.runtime.onMessage.addListener(wrap(listener)),
    removeListener: (listener: Listener) => {
      const wrapper = wrappers.get(listener);
      if (wrapper) chrome.runtime.onMessage.removeListener(wrapper);
    },
    hasListener: (listener: Listener) => {
      const wrapper = wrappers.get(listener);
      return wrapper !== undefined && chrome.runtime.onMessage.hasListener(wrapper) === true;
    },
  };
  const sendMessage = (...args: unknown[]): Promise<unknown> =>
    new Promise((resolve, reject) => {
      chrome.runtime.sendMessage(...args, (reply: unknown) => {
        const error = chrome.runtime.lastError;
        if (error) {
          if (error.message === NO_ANSWER) resolve(undefined);
          else reject(new Error(error.message));
        } else if (reply && typeof reply === 'object' && (reply as Record<string, unknown>)[REJECTED]) {
          reject(new Error(String((reply as Record<string, unknown>).message)));
        } else {
          resolve(reply);
        }
      });
    });
  const member = (target: Record<PropertyKey, unknown>, key: PropertyKey): unknown => {
    const value = target[key];
    return typeof value === 'function' ? value.bind(target) : value;
  };
  const runtime = new Proxy(chrome.runtime, {
    get: (target, key) => (key === 'onMessage' ? onMessage : key === 'sendMessage' ? sendMessage : member(target, key)),
  });
  return new Proxy(chrome, { get: (target, key) => (key === 'runtime' ? runtime : member(target, key)) }) as unknown as typeof Browser;
}

const scope = globalThis as { browser?: { runtime?: { id?: string } }; chrome?: unknown };
// (Neither exists only outside a browser, where this module is imported by its unit test.)
const browser: typeof Browser = scope.browser?.runtime?.id || !scope.chrome ? (scope.browser as typeof Browser) : fromChrome(scope.chrome as ChromeApi);

export { browser };
export type { Runtime, Storage, Tabs, Scripting, Permissions, Menus } from 'webextension-polyfill';
