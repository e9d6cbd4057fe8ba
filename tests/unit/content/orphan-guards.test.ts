// What a content script may still call in the moment between its extension going away and its noticing
// (content/orphan.ts): strings and messages, which in a dead context throw "Extension context invalidated" into
// the page's console. They answer quietly instead: the key for a string, a message that never settles.
import { afterEach, describe, expect, it } from 'vitest';
import { browser } from '../browser-stub';
import { t } from '../../../src/shared/i18n';
import { sendMessage } from '../../../src/shared/messages';

const runtime = browser.runtime as { id: string | undefined };
const getMessage = browser.i18n.getMessage;

afterEach(() => {
  runtime.id = 'test';
  browser.i18n.getMessage = getMessage;
});

describe('calls of an orphaned content script', () => {
  it('gets the key for a UI string when the browser throws', () => {
    browser.i18n.getMessage = () => {
      throw new Error('Extension context invalidated.');
    };
    expect(t('toolbarLabel')).toBe('toolbarLabel');
  });

  it('sends nothing and neither throws nor rejects once runtime.id is gone', async () => {
    const sent: unknown[] = [];
    const send = browser.runtime.sendMessage;
    browser.runtime.sendMessage = (message: unknown) => {
      sent.push(message);
      throw new Error('Extension context invalidated.');
    };
    try {
      runtime.id = undefined;
      const answer = sendMessage('options/open', {});
      const settled = await Promise.race([answer.then(() => 'settled', () => 'rejected'), new Promise((r) => setTimeout(() => r('pending'), 20))]);
      expect(settled).toBe('pending');
      expect(sent).toEqual([]);
    } finally {
      browser.runtime.sendMessage = send;
    }
  });
});
