// In-memory stand-in for webextension-polyfill in unit tests (the real one throws outside an extension).
// Besides storage it plays what the background's handlers meet in a browser: the quotas of storage.sync and
// storage.local (with Chrome's error messages), message senders, permissions and registered scripts. Tests set
// these through `stub` and call `stub.reset()` in beforeEach.
type Change = { oldValue?: unknown; newValue?: unknown };
type Listener = (changes: Record<string, Change>, area: string) => void;
type MessageListener = (message: unknown, sender: unknown) => Promise<unknown> | undefined;

/** The limits Chrome puts on a storage area (chrome.storage.sync.QUOTA_BYTES … ); undefined = no limit. */
export interface AreaLimits {
  quotaBytes?: number;
  quotaBytesPerItem?: number;
  maxWritesPerMinute?: number;
}

/** Chrome's storage.sync limits (https://developer.chrome.com/docs/extensions/reference/api/storage#property-sync). */
export const CHROME_SYNC_LIMITS: AreaLimits = { quotaBytes: 102_400, quotaBytesPerItem: 8_192, maxWritesPerMinute: 120 };

const encoder = new TextEncoder();

/** How Chrome counts an item against the quota: its key plus its value as JSON, in UTF-8 bytes. */
export function itemBytes(key: string, value: unknown): number {
  return encoder.encode(key).length + encoder.encode(JSON.stringify(value)).length;
}

function makeArea(name: string, listeners: Set<Listener>) {
  let data: Record<string, unknown> = {};
  let limits: AreaLimits = {};
  let writes: number[] = [];
  /** Errors the next writes throw, one each (a disk that fills up, an area that is not available). */
  const failures: Error[] = [];
  const emit = (changes: Record<string, Change>): void => {
    if (Object.keys(changes).length === 0) return;
    for (const l of [...listeners]) l(changes, name);
  };
  const countWrite = (): void => {
    const now = Date.now();
    writes = writes.filter((at) => now - at < 60_000);
    if (limits.maxWritesPerMinute !== undefined && writes.length >= limits.maxWritesPerMinute) {
      throw new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded');
    }
    writes.push(now);
  };
  return {
    async get(keys?: string | string[] | null): Promise<Record<string, unknown>> {
      if (keys === null || keys === undefined) return structuredClone(data);
      const list = Array.isArray(keys) ? keys : [keys];
      return Object.fromEntries(list.filter((k) => k in data).map((k) => [k, structuredClone(data[k])]));
    },
    async set(items: Record<string, unknown>): Promise<void> {
      const failure = failures.shift();
      if (failure) throw failure;
      if (limits.quotaBytesPerItem !== undefined) {
        for (const [k, v] of Object.entries(items)) {
          if (itemBytes(k, v) > limits.quotaBytesPerItem) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
        }
      }
      if (limits.quotaBytes !== undefined) {
        const after = { ...data, ...items };
        const total = Object.entries(after).reduce((sum, [k, v]) => sum + itemBytes(k, v), 0);
        if (total > limits.quotaBytes) throw new Error('QUOTA_BYTES quota exceeded');
      }
      countWrite();
      const changes: Record<string, Change> = {};
      for (const [k, v] of Object.entries(items)) {
        changes[k] = { oldValue: data[k], newValue: structuredClone(v) };
        data[k] = structuredClone(v);
      }
      emit(changes);
    },
    async remove(keys: string | string[]): Promise<void> {
      countWrite();
      const changes: Record<string, Change> = {};
      for (const k of Array.isArray(keys) ? keys : [keys]) {
        if (!(k in data)) continue;
        changes[k] = { oldValue: data[k] };
        delete data[k];
      }
      emit(changes);
    },
    async clear(): Promise<void> {
      data = {};
    },
    /** Test controls (not part of the browser API). */
    control: {
      setLimits(next: AreaLimits): void {
        limits = { ...next };
      },
      failNextWrite(error: Error, times = 1): void {
        for (let i = 0; i < times; i++) failures.push(error);
      },
      /** Bytes in use, counted as Chrome does. */
      bytesInUse(): number {
        return Object.entries(data).reduce((sum, [k, v]) => sum + itemBytes(k, v), 0);
      },
      reset(): void {
        data = {};
        limits = {};
        writes = [];
        failures.length = 0;
      },
    },
  };
}

function makeEvent<F extends (...args: never[]) => unknown>() {
  const listeners = new Set<F>();
  return {
    addListener: (l: F) => void listeners.add(l),
    removeListener: (l: F) => void listeners.delete(l),
    hasListener: (l: F) => listeners.has(l),
    listeners,
  };
}

const storageListeners = new Set<Listener>();
const messageListeners = new Set<MessageListener>();

export const EXTENSION_ID = 'test';
export const EXTENSION_ORIGIN = `chrome-extension://${EXTENSION_ID}/`;

interface RegisteredScript {
  id: string;
  matches?: string[];
  excludeMatches?: string[];
  js?: string[];
  css?: string[];
}

const granted = new Set<string>();
/** Like the browsers, permissions.request works only while a user action's handler runs (stub.userAction). */
let isHandlingUserInput = false;
/** Context menu items as created (id → properties), and the tabs opened. */
const menuItems = new Map<string, Record<string, unknown>>();
const openedTabs: Array<{ url?: string }> = [];
/** What tabs.sendMessage answers (a content script of the tab); nothing by default. */
let tabMessageHandler: (tabId: number, message: unknown) => Promise<unknown> = async () => undefined;
const registered = new Map<string, RegisteredScript>();
const injected: Array<{ target: unknown; files?: string[]; css?: string }> = [];
/** The open tabs tabs.query answers with (filtered by nothing: a test gives those that match), and its queries. */
const openTabs: Array<{ id?: number; url?: string; discarded?: boolean }> = [];
const tabQueries: unknown[] = [];
/** Tabs whose executeScript fails (a restricted or error page). */
const refusingTabs = new Set<number>();
/** What runtime.sendMessage does in this context: nothing by default; a test routes it to the background. */
let sendMessageHandler: (message: unknown) => Promise<unknown> = async () => undefined;

const sync = makeArea('sync', storageListeners);
const local = makeArea('local', storageListeners);

export const browser = {
  storage: {
    sync,
    local,
    onChanged: {
      addListener: (l: Listener) => storageListeners.add(l),
      removeListener: (l: Listener) => storageListeners.delete(l),
    },
  },
  i18n: {
    getMessage: (key: string) => key,
    getUILanguage: () => 'vi',
  },
  runtime: {
    id: EXTENSION_ID,
    getURL: (path: string) => `${EXTENSION_ORIGIN}${path.replace(/^\//, '')}`,
    onMessage: {
      addListener: (l: MessageListener) => void messageListeners.add(l),
      removeListener: (l: MessageListener) => void messageListeners.delete(l),
    },
    onInstalled: makeEvent<(details: { reason: string }) => void>(),
    onConnect: makeEvent<(port: unknown) => void>(),
    onStartup: makeEvent<() => void>(),
    sendMessage: (message: unknown) => sendMessageHandler(message),
    getManifest: () => ({ content_scripts: [{ js: ['content.js'] }] }),
    openOptionsPage: async () => undefined,
  },
  permissions: {
    contains: async ({ origins = [] }: { origins?: string[] }) => origins.every((o) => granted.has(o)),
    remove: async ({ origins = [] }: { origins?: string[] }) => {
      for (const o of origins) granted.delete(o);
      return true;
    },
    request: ({ origins = [] }: { origins?: string[] }) => {
      if (!isHandlingUserInput) return Promise.reject(new Error('permissions.request may only be called from a user input handler'));
      for (const o of origins) granted.add(o);
      return Promise.resolve(true);
    },
    onAdded: makeEvent<() => void>(),
    onRemoved: makeEvent<() => void>(),
  },
  scripting: {
    getRegisteredContentScripts: async () => [...registered.values()].map((s) => structuredClone(s)),
    registerContentScripts: async (scripts: RegisteredScript[]) => {
      for (const s of scripts) {
        if (registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        registered.set(s.id, structuredClone(s));
      }
    },
    updateContentScripts: async (scripts: RegisteredScript[]) => {
      for (const s of scripts) registered.set(s.id, structuredClone(s));
    },
    unregisterContentScripts: async ({ ids = [] }: { ids?: string[] } = {}) => {
      for (const id of ids) registered.delete(id);
    },
    executeScript: async (details: { target: unknown; files?: string[] }) => {
      const tabId = (details.target as { tabId?: number }).tabId;
      if (tabId !== undefined && refusingTabs.has(tabId)) throw new Error('Cannot access contents of the page.');
      injected.push(details);
      return [];
    },
    insertCSS: async (details: { target: unknown; css?: string }) => {
      injected.push(details);
    },
  },
  tabs: {
    query: async (query: unknown) => {
      tabQueries.push(query);
      return structuredClone(openTabs);
    },
    get: async (id: number) => ({ id }),
    sendMessage: (tabId: number, message: unknown) => tabMessageHandler(tabId, message),
    create: async (properties: { url?: string }) => {
      openedTabs.push(properties);
      return { id: 100 + openedTabs.length, ...properties };
    },
  },
  contextMenus: {
    create: (properties: { id: string } & Record<string, unknown>) => {
      if (menuItems.has(properties.id)) throw new Error(`Cannot create item with duplicate id ${properties.id}`);
      menuItems.set(properties.id, structuredClone(properties));
      return properties.id;
    },
    update: async (id: string, properties: Record<string, unknown>) => {
      const item = menuItems.get(id);
      if (!item) throw new Error(`Cannot find menu item with id ${id}`);
      menuItems.set(id, { ...item, ...structuredClone(properties) });
    },
    removeAll: async () => menuItems.clear(),
    onClicked: makeEvent<(info: unknown, tab: unknown) => void>(),
  },
  commands: {
    onCommand: makeEvent<(command: string) => void>(),
    getAll: async () => [],
  },
};

/** A sender as the browser describes one to runtime.onMessage. */
export const senders = {
  /** The popup, opened from the toolbar button: no tab. */
  popup: () => ({ id: EXTENSION_ID, url: `${EXTENSION_ORIGIN}src/popup/index.html`, origin: EXTENSION_ORIGIN.slice(0, -1) }),
  /** The options page, open in a tab of its own. */
  options: (tabId = 90) => ({
    id: EXTENSION_ID,
    url: `${EXTENSION_ORIGIN}src/options/index.html`,
    origin: EXTENSION_ORIGIN.slice(0, -1),
    tab: { id: tabId, url: `${EXTENSION_ORIGIN}src/options/index.html` },
    frameId: 0,
  }),
  /** Our content script in the top frame of a tab showing `url`. */
  content: (url: string, tabId = 7, frameId = 0) => ({ id: EXTENSION_ID, url, origin: new URL(url).origin, tab: { id: tabId, url }, frameId }),
  /** Another extension (or a page, through externally_connectable). */
  foreign: (url = 'chrome-extension://other/page.html') => ({ id: 'other', url }),
};

/** Test controls of the stub. */
export const stub = {
  /** Delivers a message to the listeners installed with runtime.onMessage, as `sender` would send it. */
  dispatch(message: unknown, sender: unknown): Promise<unknown> {
    for (const listener of [...messageListeners]) {
      const answer = listener(message, sender);
      if (answer !== undefined) return answer;
    }
    return Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));
  },
  /** Makes runtime.sendMessage of this context go to `handler` (e.g. the background's listeners with a sender). */
  onSendMessage(handler: (message: unknown) => Promise<unknown>): void {
    sendMessageHandler = handler;
  },
  grant(origin: string): void {
    granted.add(origin);
  },
  /** Runs `handler` as the browser runs a user action's handler: permissions.request works during its own task only. */
  userAction<T>(handler: () => T): T {
    isHandlingUserInput = true;
    try {
      return handler();
    } finally {
      isHandlingUserInput = false;
    }
  },
  /** Makes tabs.sendMessage answer as the content script of the tab would. */
  onTabMessage(handler: (tabId: number, message: unknown) => Promise<unknown>): void {
    tabMessageHandler = handler;
  },
  menuItems,
  openedTabs,
  isGranted(origin: string): boolean {
    return granted.has(origin);
  },
  registeredIds(): string[] {
    return [...registered.keys()].sort();
  },
  injected,
  openTabs,
  tabQueries,
  refusingTabs,
  /** Empties storage and forgets limits, permissions, registrations and message routes. */
  reset(): void {
    sync.control.reset();
    local.control.reset();
    granted.clear();
    registered.clear();
    openedTabs.length = 0;
    tabMessageHandler = async () => undefined;
    injected.length = 0;
    openTabs.length = 0;
    tabQueries.length = 0;
    refusingTabs.clear();
    sendMessageHandler = async () => undefined;
  },
};

export default browser;
