// src/shared/dictionary.ts against the in-memory browser stub: repair with a backup, edits, import, change events.
import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from '../../browser-stub';
import {
  DICTIONARY_BACKUP_PREFIX,
  DICTIONARY_KEY,
  deleteEntry,
  importEntries,
  loadDictionary,
  onDictionaryChanged,
  putEntry,
} from '../../../../src/shared/dictionary';

beforeEach(async () => {
  await browser.storage.local.clear();
});

describe('user dictionary storage', () => {
  it('starts empty without a backup', async () => {
    expect(await loadDictionary()).toEqual({ entries: [], backupKey: null, isStorageFull: false });
  });

  it('repairs broken data, keeping the original under a backup key first', async () => {
    const raw = { version: 1, entries: [{ short: 'UBND', long: 'Ủy ban nhân dân' }, { short: 42, long: null }] };
    await browser.storage.local.set({ [DICTIONARY_KEY]: raw });
    const loaded = await loadDictionary();
    expect(loaded.entries).toEqual([{ short: 'UBND', long: 'Ủy ban nhân dân' }]);
    expect(loaded.backupKey?.startsWith(DICTIONARY_BACKUP_PREFIX)).toBe(true);
    const all = await browser.storage.local.get(null);
    expect(all[loaded.backupKey!]).toEqual(raw);
    expect(all[DICTIONARY_KEY]).toEqual({ version: 1, entries: [{ short: 'UBND', long: 'Ủy ban nhân dân' }] });
    // Repaired once: the next load finds nothing to repair.
    expect((await loadDictionary()).backupKey).toBeNull();
  });

  it('adds, replaces (also under a new spelling), deletes and imports', async () => {
    await putEntry({ short: ' UBND ', long: 'Ủy ban  nhân dân' });
    expect((await loadDictionary()).entries).toEqual([{ short: 'UBND', long: 'Ủy ban nhân dân' }]);
    await putEntry({ short: 'UBND', long: 'Ủy ban nhân dân', note: 'cấp tỉnh' });
    await putEntry({ short: 'KT-XH', long: 'kinh tế - xã hội' });
    // Editing the acronym itself replaces the old entry.
    await putEntry({ short: 'KTXH', long: 'kinh tế - xã hội' }, 'KT-XH');
    expect((await loadDictionary()).entries.map((e) => e.short)).toEqual(['KTXH', 'UBND']);
    await deleteEntry('KTXH');
    const merged = await importEntries([
      { short: 'UBND', long: 'Ủy ban nhân dân' },
      { short: 'HĐND', long: 'Hội đồng nhân dân' },
    ]);
    expect(merged).toMatchObject({ added: 1, updated: 1 });
    expect((await loadDictionary()).entries).toEqual([
      { short: 'HĐND', long: 'Hội đồng nhân dân' },
      { short: 'UBND', long: 'Ủy ban nhân dân' },
    ]);
  });

  it('tells listeners about changes with repaired entries', async () => {
    const seen: string[][] = [];
    const stop = onDictionaryChanged((entries) => seen.push(entries.map((e) => e.short)));
    await putEntry({ short: 'SXKD', long: 'sản xuất kinh doanh' });
    await browser.storage.local.set({ [DICTIONARY_KEY]: { version: 1, entries: [{ short: 'A1', long: 'b' }, 'rác'] } });
    stop();
    await putEntry({ short: 'B2', long: 'c' });
    expect(seen).toEqual([['SXKD'], ['A1']]);
  });
});
