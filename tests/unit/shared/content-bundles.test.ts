// The table of what the content script loads when (src/shared/content-bundles.ts), the loader that asks the
// background for bundles (src/content/loader.ts) and the background's side (src/background/feature-loader.ts).
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { filesOf, isOwnContentScript } from '../../../src/background/feature-loader';
import { BundleLoader } from '../../../src/content/loader';
import { BOOT, BUNDLES, DATA_BUNDLES, bundleOrder, isBundleId, type BundleId } from '../../../src/shared/content-bundles';

const ROOT = new URL('../../../', import.meta.url).pathname;
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('content bundles', () => {
  it('name sources that exist, bundles that exist, and one file each', () => {
    for (const path of [BOOT.entry, ...BOOT.publishes]) expect(existsSync(`${ROOT}${path}`), path).toBe(true);
    const files = new Set<string>([BOOT.file]);
    for (const [id, spec] of Object.entries(BUNDLES)) {
      const entry = (spec as { entry?: string }).entry;
      if (entry) expect(existsSync(`${ROOT}${entry}`), id).toBe(true);
      else expect(DATA_BUNDLES as readonly string[], id).toContain(id);
      for (const path of spec.publishes) expect(existsSync(`${ROOT}${path}`), path).toBe(true);
      for (const need of spec.needs) expect(isBundleId(need), `${id} needs ${need}`).toBe(true);
      expect(files.has(spec.file), spec.file).toBe(false);
      files.add(spec.file);
    }
  });

  it('are loaded after what they need, each once', () => {
    expect(bundleOrder(['summary', 'acronyms'])).toEqual(['article', 'acronyms-dictionary', 'summary-model', 'summary', 'acronyms']);
    expect(bundleOrder(['scale', 'scale'])).toEqual(['scale']);
  });
});

describe('bundle loader', () => {
  it('asks once per bundle, what is asked for together goes together, in dependency order', async () => {
    const requests: BundleId[][] = [];
    const loader = new BundleLoader(async (ids) => void requests.push(ids));
    await Promise.all([loader.load(['acronyms']), loader.load(['summary']), loader.load(['article'])]);
    expect(requests).toEqual([['article', 'acronyms-dictionary', 'acronyms', 'summary-model', 'summary']]);
    await loader.load(['summary']);
    expect(requests).toHaveLength(1);
    expect(loader.isLoaded('summary-model')).toBe(true);
  });

  it('sends one request at a time: what is asked meanwhile waits, and does not ask again for what is on its way', async () => {
    const requests: BundleId[][] = [];
    let release!: () => void;
    const loader = new BundleLoader(
      (ids) =>
        new Promise<void>((resolve) => {
          requests.push(ids);
          release = resolve;
        }),
    );
    const first = loader.load(['article']);
    await tick();
    const second = loader.load(['acronyms']);
    await tick();
    expect(requests).toEqual([['article']]);
    release();
    await first;
    await tick();
    expect(requests).toEqual([['article'], ['acronyms-dictionary', 'acronyms']]);
    release();
    await second;
  });

  it('lets a failed request be asked again, and keeps the next one going', async () => {
    let calls = 0;
    const loader = new BundleLoader(async () => {
      calls++;
      if (calls === 1) throw new Error('tab closed');
    });
    await expect(loader.load(['scale'])).rejects.toThrow('tab closed');
    await loader.load(['scale']);
    expect(loader.isLoaded('scale')).toBe(true);
    expect(calls).toBe(2);
  });
});

describe('the background side of features/load', () => {
  const page = { id: 'ext', tab: { id: 7 } as never, frameId: 0, url: 'https://kiengiang.gov.vn/a.html' };

  it('answers only our own content script in a web page', () => {
    expect(isOwnContentScript(page, 'ext')).toBe(true);
    expect(isOwnContentScript({ ...page, id: 'other' }, 'ext')).toBe(false);
    expect(isOwnContentScript({ ...page, tab: undefined }, 'ext')).toBe(false);
    expect(isOwnContentScript({ ...page, frameId: undefined }, 'ext')).toBe(false);
    expect(isOwnContentScript({ ...page, url: 'chrome-extension://ext/src/popup/index.html' }, 'ext')).toBe(false);
    expect(isOwnContentScript({ ...page, url: 'not a url' }, 'ext')).toBe(false);
  });

  it('injects only the packaged files of known bundles', () => {
    expect(filesOf(['article', 'acronyms'])).toEqual([BUNDLES.article.file, BUNDLES.acronyms.file]);
    expect(() => filesOf(['../../evil.js'])).toThrow(/unknown bundle/);
    expect(() => filesOf(['__proto__'])).toThrow(/unknown bundle/);
    expect(() => filesOf('article')).toThrow(/not a list/);
    expect(() => filesOf([])).toThrow(/not a list/);
    expect(() => filesOf(new Array(50).fill('article'))).toThrow(/not a list/);
  });
});
