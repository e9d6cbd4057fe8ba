// UI strings come only from public/_locales/{vi,en}/messages.json; Vietnamese is the default locale.
import { browser } from './browser';
import type messages from '../../public/_locales/vi/messages.json';

export type MessageKey = keyof typeof messages;

/** The UI string for key; substitutions fill $1, $2 … placeholders. Falls back to the key so a gap is visible. */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  try {
    return browser.i18n.getMessage(key, substitutions) || key;
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
