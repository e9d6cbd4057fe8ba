// The user's dictionary in storage.local (src/shared/dictionary.ts): every write is validated, capped and applied
// one at a time; nothing the user typed is lost silently; a full storage never stops Dễ Đọc from starting; a
// dictionary written by a newer Dễ Đọc is read as far as it fits and kept as it is.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser, stub } from '../../browser-stub';
import { MAX_BACKUPS } from '../../../../src/shared/backups';
import {
  DICTIONARY_BACKUP_PREFIX,
  DICTIONARY_KEY,
  addEntry,
  deleteEntry,
  dictionaryProblemOf,
  importEntries,
  loadDictionary,
  putEntry,
} from '../../../../src/shared/dictionary';
import { MAX_ENTRIES, MAX_LONG_CHARS, USER_DICTIONARY_VERSION, type UserAcronym } from '../../../../src/core/index';

beforeEach(() => stub.reset());

/** n valid entries with distinct acronyms: "X0" … */
function entries(n: number, from = 0, long = 'mục thử'): UserAcronym[] {
  return Array.from({ length: n }, (_, i) => ({ short: `X${from + i}`, long: `${long} ${from + i}` }));
}

async function stored(): Promise<{ version: number; entries: Array<Record<string, unknown>> } & Record<string, unknown>> {
  return (await browser.storage.local.get(DICTIONARY_KEY))[DICTIONARY_KEY] as never;
}

async function backupKeys(): Promise<string[]> {
  return Object.keys(await browser.storage.local.get(null)).filter((k) => k.startsWith(DICTIONARY_BACKUP_PREFIX));
}

async function problemOf(promise: Promise<unknown>): Promise<ReturnType<typeof dictionaryProblemOf>> {
  try {
    await promise;
  } catch (error) {
    return dictionaryProblemOf(error);
  }
  throw new Error('expected a refusal');
}

describe('putEntry', () => {
  it('refuses an entry the loader would reject, with the problem named, and stores nothing', async () => {
    await putEntry({ short: 'UBND', long: 'Ủy ban nhân dân' });
    expect(await problemOf(putEntry({ short: 'HĐND', long: '  ' }))).toEqual({ problem: 'long-missing' });
    expect(await problemOf(putEntry({ short: 'HĐND', long: 'x'.repeat(MAX_LONG_CHARS + 1) }))).toEqual({ problem: 'long-too-long' });
    expect(await problemOf(putEntry({ short: '123', long: 'một hai ba' }))).toEqual({ problem: 'short-no-letter' });
    expect(await problemOf(putEntry({ short: 42, long: 'x' } as never))).toEqual({ problem: 'invalid-change' });
    expect((await stored()).entries).toEqual([{ short: 'UBND', long: 'Ủy ban nhân dân' }]);
    // Nothing was left for the next load to repair.
    expect((await loadDictionary()).backupKey).toBeNull();
    expect(await backupKeys()).toEqual([]);
  });

  it('refuses a new acronym when the dictionary is full, and still replaces an existing one', async () => {
    await browser.storage.local.set({ [DICTIONARY_KEY]: { version: USER_DICTIONARY_VERSION, entries: entries(MAX_ENTRIES) } });
    expect(await problemOf(putEntry({ short: 'UBND', long: 'Ủy ban nhân dân' }))).toEqual({ problem: 'full', detail: String(MAX_ENTRIES) });
    await putEntry({ short: 'X5', long: 'đã sửa' });
    const list = (await loadDictionary()).entries;
    expect(list).toHaveLength(MAX_ENTRIES);
    expect(list.find((e) => e.short === 'X5')?.long).toBe('đã sửa');
  });
});

describe('importEntries', () => {
  it('caps the dictionary after merging: two 15,000-entry imports do not make 30,000, and the second changes nothing', async () => {
    await importEntries(entries(15_000));
    const problem = await problemOf(importEntries(entries(15_000, 15_000)));
    expect(problem).toEqual({ problem: 'too-many-after-merge', detail: `30000/${MAX_ENTRIES}` });
    expect((await loadDictionary()).entries).toHaveLength(15_000);
  });

  it('takes an import that fits once entries with the same acronym are merged', async () => {
    await importEntries(entries(15_000));
    const result = await importEntries([...entries(10_000, 10_000, 'mới')]);
    expect(result).toMatchObject({ added: 5_000, updated: 5_000 });
    expect((await loadDictionary()).entries).toHaveLength(20_000);
  });

  it('reports a full storage.local as such, and changes nothing', async () => {
    await importEntries(entries(10));
    browser.storage.local.control.setLimits({ quotaBytes: browser.storage.local.control.bytesInUse() + 200 });
    expect(await problemOf(importEntries(entries(100, 10)))).toEqual({ problem: 'storage-full' });
    expect((await loadDictionary()).entries).toHaveLength(10);
  });
});

describe('writes from several places', () => {
  it('are applied one at a time: two adds and a delete started together all land', async () => {
    await putEntry({ short: 'SXKD', long: 'sản xuất kinh doanh' });
    await Promise.all([
      putEntry({ short: 'UBND', long: 'Ủy ban nhân dân' }),
      addEntry({ short: 'HĐND', long: 'Hội đồng nhân dân' }),
      deleteEntry('SXKD'),
    ]);
    expect((await loadDictionary()).entries.map((e) => e.short)).toEqual(['HĐND', 'UBND']);
  });

  it('addEntry (a page) adds a new acronym only; it never replaces one the user has', async () => {
    await putEntry({ short: 'UBND', long: 'Ủy ban nhân dân' });
    expect(await problemOf(addEntry({ short: 'UBND', long: 'Ủy ban gì đó' }))).toEqual({ problem: 'exists' });
    // The same meaning again is no change, and no error.
    await addEntry({ short: 'UBND', long: 'Ủy ban nhân dân' });
    expect((await loadDictionary()).entries).toEqual([{ short: 'UBND', long: 'Ủy ban nhân dân' }]);
  });
});

describe('repair on load', () => {
  it('keeps the last few backups only', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-01T08:00:00Z'));
    for (let i = 0; i < MAX_BACKUPS + 3; i++) {
      vi.setSystemTime(Date.now() + 60_000);
      await browser.storage.local.set({ [DICTIONARY_KEY]: { version: 1, entries: [{ short: 'UBND', long: `U ${i}` }, 'rác'] } });
      await loadDictionary();
    }
    vi.useRealTimers();
    const kept = (await backupKeys()).sort();
    expect(kept).toHaveLength(MAX_BACKUPS);
    expect(kept.at(-1)).toBe(`${DICTIONARY_BACKUP_PREFIX}2026-03-01T08:06:00.000Z`);
  });

  it('does not throw when storage.local is full: the entries are read, the original stays', async () => {
    const raw = { version: 1, entries: [{ short: 'UBND', long: 'Ủy ban nhân dân' }, { short: 7 }] };
    await browser.storage.local.set({ [DICTIONARY_KEY]: raw });
    browser.storage.local.control.setLimits({ quotaBytes: browser.storage.local.control.bytesInUse() });
    const loaded = await loadDictionary();
    expect(loaded.entries).toEqual([{ short: 'UBND', long: 'Ủy ban nhân dân' }]);
    expect(loaded.backupKey).toBeNull();
    expect(loaded.isStorageFull).toBe(true);
    expect(await stored()).toEqual(raw);
  });
});

describe('a dictionary written by a newer Dễ Đọc', () => {
  const NEWER = USER_DICTIONARY_VERSION + 1;
  const newer = () => ({
    version: NEWER,
    sharedWith: ['family'],
    entries: [
      { short: 'UBND', long: 'Ủy ban nhân dân', tags: ['chính quyền'] },
      // A newer version allows longer expansions: this one cannot read it, and must keep it.
      { short: 'BCĐ', long: 'b'.repeat(MAX_LONG_CHARS + 50) },
      { short: 'HĐND', long: 'Hội đồng nhân dân' },
    ],
  });

  it('is read as far as it fits and is not treated as broken', async () => {
    await browser.storage.local.set({ [DICTIONARY_KEY]: newer() });
    const loaded = await loadDictionary();
    expect(loaded.entries.map((e) => e.short)).toEqual(['UBND', 'HĐND']);
    expect(loaded.backupKey).toBeNull();
    expect(await backupKeys()).toEqual([]);
    expect(await stored()).toEqual(newer());
  });

  it('keeps its version, its unknown fields and the entries this version cannot read when the user edits it', async () => {
    await browser.storage.local.set({ [DICTIONARY_KEY]: newer() });
    await putEntry({ short: 'SXKD', long: 'sản xuất kinh doanh' });
    await putEntry({ short: 'UBND', long: 'Ủy ban nhân dân', note: 'cấp tỉnh' });
    await deleteEntry('HĐND');
    const after = await stored();
    expect(after.version).toBe(NEWER);
    expect(after.sharedWith).toEqual(['family']);
    expect(after.entries).toEqual(
      expect.arrayContaining([
        { short: 'UBND', long: 'Ủy ban nhân dân', note: 'cấp tỉnh', tags: ['chính quyền'] },
        { short: 'SXKD', long: 'sản xuất kinh doanh' },
        { short: 'BCĐ', long: 'b'.repeat(MAX_LONG_CHARS + 50) },
      ]),
    );
    expect(after.entries).toHaveLength(3);
  });
});
