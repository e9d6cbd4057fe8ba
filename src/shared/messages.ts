// The typed message map: content, background, popup and options talk only through these messages.
// Names are <area>/<verb>; each request is typed together with its response.
import { browser } from './browser';
import type { Settings, SettingsOp } from './settings';

export interface SiteStatus {
  host: string;
  /** On the built-in list of state sites (runs without asking). */
  isDefault: boolean;
  /** Outside the list, switched on by the user, with its host permission granted. */
  isUserSite: boolean;
  /** Dễ Đọc runs on this site now. */
  isEnabled: boolean;
}

export interface PageStatus {
  host: string;
  isRunning: boolean;
  features: Array<{ id: string; isRunning: boolean; error?: string }>;
}

/** The summary feature on one page (issue 6). */
export interface SummaryStatus {
  /** The page has an article to summarise (home, list and search pages have none). */
  hasArticle: boolean;
  isOpen: boolean;
}

/** One acronym of the article with its expansion, for the glossary (issue 5). */
export interface AcronymGlossaryItem {
  short: string;
  expansion: string;
  /** Other meanings when the context did not decide (ambiguous built-in acronyms). */
  alternatives: string[];
  source: 'page' | 'user' | 'builtin';
  note?: string;
  /** Occurrences in the article. */
  count: number;
}

export interface AcronymGlossary {
  hasArticle: boolean;
  items: AcronymGlossaryItem[];
  /** All-caps tokens of the article that nothing explains yet (the reader may add them). */
  unknown: string[];
}

export interface MessageMap {
  /** popup → background: status of a site. */
  'site/status': { request: { host: string }; response: SiteStatus };
  /** popup → background: switch a site on. For a site off the list the popup has already obtained the host
   *  permission (permissions.request needs the user's click); the background registers the content script
   *  and starts it in the tab. */
  'site/enable': { request: { host: string; tabId?: number }; response: SiteStatus };
  /** popup → background: switch a site off (a user-added site also loses its registration and permission). */
  'site/disable': { request: { host: string }; response: SiteStatus };
  /** content, popup, options → background: apply a settings change (what the sender changed, path by path).
   *  The background applies one change at a time on what storage holds then; answers the settings after it. */
  'settings/apply': { request: { ops: SettingsOp[] }; response: Settings };
  /** content → background: open the options page (content scripts cannot open it themselves in Chrome). */
  'options/open': { request: Record<string, never>; response: void };
  /** popup → content: what is running on this page. */
  'page/status': { request: Record<string, never>; response: PageStatus };
  /** popup → content: the article's acronyms with their expansions (the popup's glossary). */
  'acronyms/list': { request: Record<string, never>; response: AcronymGlossary };
  /** content → background: insert the acronyms feature's gated page CSS into the sender's frame. The
   *  browser's own insertion is exempt from the page's Content-Security-Policy, unlike a <style> element. */
  'acronyms/insert-css': { request: { css: string }; response: void };
  /** popup → content: can this page be summarised (has it an article), and is the summary panel open. */
  'summary/status': { request: Record<string, never>; response: SummaryStatus };
  /** popup → content: open the summary panel (it takes the focus); answers what it could do. */
  'summary/open': { request: Record<string, never>; response: SummaryStatus };
}

export type MessageType = keyof MessageMap;
export type MessageRequest<T extends MessageType> = MessageMap[T]['request'];
export type MessageResponse<T extends MessageType> = MessageMap[T]['response'];

export interface Envelope<T extends MessageType = MessageType> {
  type: T;
  payload: MessageRequest<T>;
}

export function isEnvelope(value: unknown): value is Envelope {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { type?: unknown }).type === 'string' &&
    'payload' in value
  );
}

/** Sends a typed message to the background. */
export function sendMessage<T extends MessageType>(type: T, payload: MessageRequest<T>): Promise<MessageResponse<T>> {
  return browser.runtime.sendMessage({ type, payload } satisfies Envelope<T>) as Promise<MessageResponse<T>>;
}

/** Sends a typed message to the content script of one tab. */
export function sendToTab<T extends MessageType>(
  tabId: number,
  type: T,
  payload: MessageRequest<T>,
): Promise<MessageResponse<T>> {
  return browser.tabs.sendMessage(tabId, { type, payload } satisfies Envelope<T>) as Promise<MessageResponse<T>>;
}

export type Handlers = { [T in MessageType]?: (payload: MessageRequest<T>, sender: unknown) => Promise<MessageResponse<T>> };

/** Installs a listener that routes typed messages to handlers; unknown messages are left for others. */
export function listen(handlers: Handlers): () => void {
  const listener = (message: unknown, sender: unknown): Promise<unknown> | undefined => {
    if (!isEnvelope(message)) return undefined;
    const handler = handlers[message.type] as ((p: unknown, s: unknown) => Promise<unknown>) | undefined;
    return handler ? handler(message.payload, sender) : undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
