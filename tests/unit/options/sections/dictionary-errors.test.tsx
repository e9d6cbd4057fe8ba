// @vitest-environment happy-dom
// The options page's dictionary editor tells the reader when a change could not be saved, in their language:
// an import that would make the dictionary too large, a full browser storage, a full dictionary. Nothing is lost
// silently, and nothing is half-written.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser, stub } from '../../browser-stub';
import { DictionarySection } from '../../../../src/options/sections/DictionarySection';
import { DICTIONARY_KEY, loadDictionary } from '../../../../src/shared/dictionary';
import { USER_DICTIONARY_VERSION, toCsv, type UserAcronym } from '../../../../src/core/index';

function entries(n: number, from = 0): UserAcronym[] {
  return Array.from({ length: n }, (_, i) => ({ short: `X${from + i}`, long: `mục thử ${from + i}` }));
}

let root: HTMLElement;

beforeEach(() => {
  stub.reset();
  // Messages as their key followed by what fills them, so a test sees the reason inside "could not save: …".
  vi.spyOn(browser.i18n, 'getMessage').mockImplementation((key: string, substitutions?: string | string[]) =>
    [key, ...[substitutions ?? []].flat()].join(' '),
  );
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
  vi.restoreAllMocks();
});

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  expect(check()).toBe(true);
}

async function mount(): Promise<void> {
  await act(() => render(<DictionarySection />, root));
  await until(() => root.querySelector('[data-section="dictionary"]') !== null);
}

async function importFile(name: string, text: string): Promise<void> {
  const input = root.querySelector('input[type="file"]') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([text], name, { type: 'text/csv' })], configurable: true });
  await act(() => void input.dispatchEvent(new Event('change', { bubbles: true })));
}

const alertText = (): string => root.querySelector('[data-import-errors]')?.textContent ?? '';

describe('dictionary editor errors', () => {
  it('says an import would make the dictionary too large, and changes nothing', { timeout: 30_000 }, async () => {
    await browser.storage.local.set({ [DICTIONARY_KEY]: { version: USER_DICTIONARY_VERSION, entries: entries(19_995) } });
    await mount();
    await importFile('them.csv', toCsv(entries(10, 19_995)));
    await until(() => alertText() !== '');
    expect(alertText()).toContain('acronyms_importFailed');
    expect(alertText()).toMatch(/acronyms_errTooManyAfterMerge/i);
    expect((await loadDictionary()).entries).toHaveLength(19_995);
  });

  it('says the browser storage is full during an import, and changes nothing', async () => {
    await browser.storage.local.set({ [DICTIONARY_KEY]: { version: USER_DICTIONARY_VERSION, entries: entries(10) } });
    browser.storage.local.control.setLimits({ quotaBytes: browser.storage.local.control.bytesInUse() + 100 });
    await mount();
    await importFile('them.csv', toCsv(entries(200, 10)));
    await until(() => alertText() !== '');
    expect(alertText()).toMatch(/acronyms_errStorageFull/i);
    expect((await loadDictionary()).entries).toHaveLength(10);
  });

  it('says a new entry did not fit, next to the form', async () => {
    await browser.storage.local.set({ [DICTIONARY_KEY]: { version: USER_DICTIONARY_VERSION, entries: entries(10) } });
    browser.storage.local.control.setLimits({ quotaBytes: browser.storage.local.control.bytesInUse() + 10 });
    await mount();
    const field = (name: string) => root.querySelector(`form[data-form="dictionary-add"] [data-field="${name}"]`) as HTMLInputElement;
    for (const [name, value] of [['short', 'UBND'], ['long', 'Ủy ban nhân dân']]) {
      field(name!).value = value!;
      await act(() => void field(name!).dispatchEvent(new Event('input', { bubbles: true })));
    }
    await act(() => void (root.querySelector('form[data-form="dictionary-add"]') as HTMLFormElement).dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
    await until(() => (root.querySelector('[data-dictionary-error]')?.textContent ?? '') !== '');
    expect(root.querySelector('[data-dictionary-error]')?.textContent).toMatch(/acronyms_errStorageFull/i);
    // What the reader typed stays in the form, to try again.
    expect(field('short').value).toBe('UBND');
  });
});
