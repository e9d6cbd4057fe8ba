// Who sent a message, as far as the browser tells: one of our extension pages (the popup, the options page), our
// content script in the top frame of a tab (and for which site: the host of sender.url, never what the message
// says), or someone we do not answer. Pure, so the rules are tested without a browser.
import { hostOfUrl } from '../shared/hosts';

export type Sender =
  /** The popup or the options page: the user's own controls, trusted with every setting. */
  | { kind: 'extension-page'; url: string }
  /** Our content script in a page: it speaks for that page's site only. */
  | { kind: 'page'; host: string; url: string; tabId: number };

/** What the browser passes to runtime.onMessage listeners (the fields we read). */
interface RawSender {
  id?: unknown;
  url?: unknown;
  tab?: { id?: unknown } | undefined;
  frameId?: unknown;
}

export interface Self {
  /** runtime.id */
  id: string;
  /** runtime.getURL(''): "chrome-extension://<id>/" or "moz-extension://<uuid>/". */
  origin: string;
}

/** The sender, or null for one that may not talk to the background at all. */
export function identifySender(raw: unknown, self: Self): Sender | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const sender = raw as RawSender;
  // Messages of another extension arrive on onMessageExternal, not here; checked anyway (cheap, and explicit).
  if (sender.id !== self.id || typeof sender.url !== 'string') return null;
  if (sender.url.startsWith(self.origin)) return { kind: 'extension-page', url: sender.url };
  const tabId = sender.tab?.id;
  // Our content script runs in top frames only (the manifest and every registration): a subframe is not ours.
  if (typeof tabId !== 'number' || sender.frameId !== 0) return null;
  const host = hostOfUrl(sender.url);
  return host ? { kind: 'page', host, url: sender.url, tabId } : null;
}
