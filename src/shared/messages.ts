// The typed message map: content, background, popup and options talk only through these messages.
// Names are <area>/<verb>; each request is typed together with its response.
import { browser } from './browser';
import type { Settings, SettingsOp } from './settings';
import type { DictionaryChange, DictionaryChangeResult } from './dictionary';

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

/** The summary feature on one page. */
export interface SummaryStatus {
  /** The page has an article to summarise (home, list and search pages have none). */
  hasArticle: boolean;
  isOpen: boolean;
}

/** What the popup (or the background, for the keyboard shortcut and the context menu) may ask the page's player. */
export type SpeechCommand =
  /** Reads the article from its title (or the selection, when the reader has one); resumes when paused. */
  | 'play'
  | 'pause'
  /** play while stopped or paused, pause while playing (the keyboard shortcut Alt+Shift+S). */
  | 'toggle'
  | 'stop'
  | 'next'
  | 'previous'
  /** 0.1× slower or faster (0.5×–2×), remembered for the voice's language. */
  | 'slower'
  | 'faster'
  /** Reads the page's current selection (the context menu "Đọc đoạn đã chọn"). */
  | 'read-selection';

/** Read-aloud on one page: the player's state as its UI shows it. */
export interface SpeechStatus {
  /** The page has an article to read (home, list and search pages have none). */
  hasArticle: boolean;
  state: 'stopped' | 'playing' | 'paused';
  /** The engine speaking while playing or paused: a voice of the browser, or Dễ Đọc's own. */
  engine: 'browser' | 'builtin' | null;
  /** The sentence being read (0-based) and how many there are; 0 / 0 while stopped. */
  sentence: number;
  total: number;
  /** The voice speaking, or the one that would speak. */
  voiceId: string | null;
  voiceName: string | null;
  rate: number;
}

/** One acronym of the article with its expansion, for the glossary. */
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

/** What the page said about text the reader selected and asked to explain (the context menu). */
export interface AcronymExplanation {
  /** The selected text as looked up (NFC, single spaces, trimmed). */
  form: string;
  /** 'explained': a meaning was found; 'unknown': none, and the tooltip offers to add one; 'not-acronym': the
   *  selection cannot be an acronym (no letter, or longer than an acronym may be). */
  status: 'explained' | 'unknown' | 'not-acronym';
  expansion?: string;
  source?: AcronymGlossaryItem['source'];
  /** The tooltip opened beside the selection (false when the selection had gone meanwhile). */
  isShown?: boolean;
}

/** One face of the bundled legible font, its file's bytes in base64 (Chrome's messages carry JSON only). */
export interface FontFaceData {
  weight: number;
  style: string;
  unicodeRange: string;
  base64: string;
}

export interface AcronymGlossary {
  hasArticle: boolean;
  items: AcronymGlossaryItem[];
  /** All-caps tokens of the article that nothing explains yet (the reader may add them). */
  unknown: string[];
}

/**
 * Who may send what to the background is checked there (src/background/policy.ts) from the browser's sender,
 * never from the message: "extension pages" are the popup and the options page; "content" is our content script
 * in the top frame of a page where Dễ Đọc runs, speaking for that page's site only.
 */
export interface MessageMap {
  /** popup, options → background: status of a site. */
  'site/status': { request: { host: string }; response: SiteStatus };
  /** popup, options → background: switch a site on. For a site off the list the popup has already obtained the
   *  host permission (permissions.request needs the user's click); the background registers the content script
   *  and starts it in the tab. Refused from content. */
  'site/enable': { request: { host: string; tabId?: number }; response: SiteStatus };
  /** popup, options → background: switch a site off (a user-added site also loses its registration and
   *  permission). Refused from content. */
  'site/disable': { request: { host: string }; response: SiteStatus };
  /** content, popup, options → background: apply a settings change (what the sender changed, path by path).
   *  Known paths and exact values only; content only its own site's look, the toolbar and the summary length.
   *  The background applies one change at a time on what storage holds then; answers the settings after it. */
  'settings/apply': { request: { ops: SettingsOp[] }; response: Settings };
  /** content → background: inject these bundles (ids of src/shared/content-bundles.ts, in order) into
   *  the sender's frame, into the content script's own world. Answers once they have run. */
  'features/load': { request: { bundles: string[] }; response: void };
  /** content, options → background: change the user's dictionary. Content may only add a new acronym the reader
   *  typed (rate-limited); options may add, put, delete and import. Applied one at a time; refusals name the
   *  problem ("dictionary change refused: <problem>"). */
  'dictionary/apply': { request: { change: DictionaryChange }; response: DictionaryChangeResult };
  /** content → background: open the options page (content scripts cannot open it themselves in Chrome). */
  'options/open': { request: Record<string, never>; response: void };
  /** popup → content: what is running on this page. */
  'page/status': { request: Record<string, never>; response: PageStatus };
  /** popup → content: the article's acronyms with their expansions (the popup's glossary). */
  'acronyms/list': { request: Record<string, never>; response: AcronymGlossary };
  /** background (context menu) → content: explain the selected text beside it, with the article's resolution, or
   *  offer to add it to the user's dictionary. */
  'acronyms/explain': { request: { text: string }; response: AcronymExplanation };
  /** content → background: insert the acronyms feature's gated page CSS into the sender's frame. The
   *  browser's own insertion is exempt from the page's Content-Security-Policy, unlike a <style> element. */
  'acronyms/insert-css': { request: { css: string }; response: void };
  /** content → background: the bundled legible font's faces, read by the background from the package, so that the
   *  content script can hand them to the page as FontFace objects: no web-accessible file, no extension URL the
   *  page could read or probe. */
  'scale/font': { request: Record<string, never>; response: { faces: FontFaceData[] } };
  /** popup → content: can this page be summarised (has it an article), and is the summary panel open. */
  'summary/status': { request: Record<string, never>; response: SummaryStatus };
  /** popup → content: open the summary panel (it takes the focus); answers what it could do. */
  'summary/open': { request: Record<string, never>; response: SummaryStatus };
  /** popup → content: read-aloud's state on this page (the popup's player). */
  'speech/status': { request: Record<string, never>; response: SpeechStatus };
  /** popup, background (keyboard shortcut, context menu) → content: drive the page's player; answers its state
   *  after the command. A page without an article answers hasArticle: false and does nothing (a selection is
   *  read anywhere Dễ Đọc runs once the feature is loaded). */
  'speech/command': { request: { command: SpeechCommand }; response: SpeechStatus };
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

/** Boot's port to the background: it carries nothing; its disconnect tells an orphaned copy (content/orphan.ts). */
export const BOOT_PORT_NAME = 'dedoc-boot';

function hasContext(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

/** Sends a typed message to the background. */
export function sendMessage<T extends MessageType>(type: T, payload: MessageRequest<T>): Promise<MessageResponse<T>> {
  // A content script whose extension was updated or removed (its context gone, runtime.id undefined) is about to
  // stop (content/orphan.ts): its message waits for ever instead of throwing "Extension context invalidated".
  if (!hasContext()) return new Promise(() => undefined);
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

/** The listeners `listen` installed in this context, for `dispatchHere`. */
const installed = new Set<(message: unknown, sender: unknown) => Promise<unknown> | undefined>();

/** Installs a listener that routes typed messages to handlers; unknown messages are left for others. */
export function listen(handlers: Handlers): () => void {
  const listener = (message: unknown, sender: unknown): Promise<unknown> | undefined => {
    if (!isEnvelope(message)) return undefined;
    const handler = handlers[message.type] as ((p: unknown, s: unknown) => Promise<unknown>) | undefined;
    return handler ? handler(message.payload, sender) : undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  installed.add(listener);
  return () => {
    installed.delete(listener);
    browser.runtime.onMessage.removeListener(listener);
  };
}

/**
 * Gives a message that arrived before its handler was here (a feature loaded because of it) to the handlers `listen`
 * installed since, as the browser would have: the first that answers answers. Rejects when none does.
 */
export function dispatchHere(message: Envelope, sender: unknown): Promise<unknown> {
  for (const listener of installed) {
    const answer = listener(message, sender);
    if (answer !== undefined) return answer;
  }
  return Promise.reject(new Error(`no ${message.type}`));
}
