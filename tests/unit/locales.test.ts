import { describe, expect, it } from 'vitest';
import vi from '../../public/_locales/vi/messages.json';
import en from '../../public/_locales/en/messages.json';
import manifest from '../../manifest.json';

type Messages = Record<string, { message: string; placeholders?: Record<string, unknown> }>;

describe('UI strings', () => {
  it('Vietnamese is the default locale', () => {
    expect(manifest.default_locale).toBe('vi');
  });

  it('every key exists in both languages', () => {
    const viKeys = Object.keys(vi).sort();
    const enKeys = Object.keys(en).sort();
    expect(viKeys.filter((k) => !enKeys.includes(k))).toEqual([]);
    expect(enKeys.filter((k) => !viKeys.includes(k))).toEqual([]);
  });

  it('placeholders match between languages and no message is empty', () => {
    for (const [key, entry] of Object.entries(vi as Messages)) {
      const other = (en as Messages)[key];
      expect(entry.message.trim(), key).not.toBe('');
      expect(other?.message.trim(), key).not.toBe('');
      expect(Object.keys(entry.placeholders ?? {}).sort(), key).toEqual(Object.keys(other?.placeholders ?? {}).sort());
    }
  });

  it('Vietnamese strings are NFC', () => {
    for (const [key, entry] of Object.entries(vi as Messages)) expect(entry.message.normalize('NFC'), key).toBe(entry.message);
  });

  it('store limits: name ≤ 75 and description ≤ 132 characters', () => {
    for (const messages of [vi, en] as Messages[]) {
      expect(messages.extName?.message.length).toBeLessThanOrEqual(75);
      expect(messages.extDescription?.message.length).toBeLessThanOrEqual(132);
    }
  });

  it('every t("key") used in src exists', async () => {
    const { readFileSync, readdirSync, statSync } = await import('node:fs');
    const { join } = await import('node:path');
    const root = new URL('../../src', import.meta.url).pathname;
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.(ts|tsx)$/.test(name)) files.push(path);
      }
    };
    walk(root);
    const missing: string[] = [];
    for (const file of files) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\('([A-Za-z0-9_]+)'/g)) {
        if (!(match[1]! in vi)) missing.push(`${file}: ${match[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
