// UI strings come only from public/_locales/{vi,en}/messages.json; Vietnamese is the default locale.
import { browser } from './browser';
import type messages from '../../public/_locales/vi/messages.json';

export type MessageKey = keyof typeof messages;

/**
 * Strings without substitutions, once looked up: the browser's language does not change while a page is open, and a
 * lookup is not free (Firefox: ~0.1 ms each in a content script, dozens of them while boot draws the toolbar).
 */
const looked = new Map<string, string>();

/** The UI string for key; substitutions fill $1, $2 … placeholders. Falls back to the key so a gap is visible. */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  if (substitutions === undefined) {
    const known = looked.get(key);
    if (known !== undefined) return known;
  }
  try {
    const text = browser.i18n.getMessage(key, substitutions);
    if (substitutions === undefined && text) looked.set(key, text);
    return text || key;
  } catch {
    // A content script whose extension was updated meanwhile (its context is gone) may still draw once before it
    // notices and takes everything out (content/orphan.ts): no error for the page's console.
    return key;
  }
}

/** The language of the UI strings in force, for lang attributes on what we draw ("vi" or "en"). */
export function uiLanguage(): string {
  return t('uiLang');
}
