// In-memory stand-in for webextension-polyfill in unit tests (the real one throws outside an extension).
type Listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void;

function makeArea(name: string, listeners: Set<Listener>) {
  let data: Record<string, unknown> = {};
  return {
    async get(keys?: string | string[] | null): Promise<Record<string, unknown>> {
      if (keys === null || keys === undefined) return structuredClone(data);
      const list = Array.isArray(keys) ? keys : [keys];
      return Object.fromEntries(list.filter((k) => k in data).map((k) => [k, structuredClone(data[k])]));
    },
    async set(items: Record<string, unknown>): Promise<void> {
      const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
      for (const [k, v] of Object.entries(items)) {
        changes[k] = { oldValue: data[k], newValue: v };
        data[k] = structuredClone(v);
      }
      for (const l of listeners) l(changes, name);
    },
    async remove(keys: string | string[]): Promise<void> {
      for (const k of Array.isArray(keys) ? keys : [keys]) delete data[k];
    },
    async clear(): Promise<void> {
      data = {};
    },
  };
}

const storageListeners = new Set<Listener>();
export const browser = {
  storage: {
    sync: makeArea('sync', storageListeners),
    local: makeArea('local', storageListeners),
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
    id: 'test',
    onMessage: { addListener: () => undefined, removeListener: () => undefined },
    sendMessage: async () => undefined,
    getManifest: () => ({ content_scripts: [] }),
  },
};
export default browser;
