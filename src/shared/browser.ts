// The only module that imports webextension-polyfill (STYLE.md): tests alias this file to tests/unit/browser-stub.ts.
import browser from 'webextension-polyfill';

export { browser };
export type { Runtime, Storage, Tabs, Scripting, Permissions, Menus } from 'webextension-polyfill';
