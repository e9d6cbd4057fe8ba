// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Runner } from '../../../src/content/runner';
import { isSiteActive } from '../../../src/shared/settings';
import type { Feature, FeatureEntry, LazyFeature } from '../../../src/content/feature';
import { askedFor, standInFor } from '../../../src/content/features';
import type { ArticleDetector } from '../../../src/content/runtime';
import { userClick } from '../support/trusted';
import { defaultSettings, type Settings } from '../../../src/shared/settings';

const PAGE = '<head><title>t</title></head><body><div id="a"><p>Ủy ban nhân dân (UBND) tỉnh.</p></div></body>';

function settingsWith(features: Record<string, boolean>, patch: Partial<Settings> = {}): Settings {
  return { ...defaultSettings(), features: features as Settings['features'], ...patch };
}

/** Every runner a test made: stopped after it, so that none goes on watching the next test's page. */
const runners: Runner[] = [];

function makeRunner(
  features: FeatureEntry[],
  article?: ConstructorParameters<typeof Runner>[3]['article'],
  reloadSettings?: () => Promise<Settings>,
) {
  const log = vi.fn();
  const runner = new Runner(document, 'kiengiang.gov.vn', features, {
    saveToolbar: vi.fn(),
    saveSite: vi.fn(async () => undefined),
    openOptions: vi.fn(),
    log,
    ...(reloadSettings ? { reloadSettings } : {}),
    ...(article ? { article } : {}),
  });
  runners.push(runner);
  return { runner, log };
}

/** Lets the page's mutation records reach the runner (observer callback, then its own microtask). */
const settle = () => new Promise((r) => setTimeout(r, 0));

/** A feature whose bundle arrives when the test says so. */
function lazy(feature: Feature, needs: LazyFeature['needs'] = 'page') {
  let arrive!: () => void;
  let fail!: (error: Error) => void;
  const load = vi.fn(
    () =>
      new Promise<Feature>((resolve, reject) => {
        arrive = () => resolve(feature);
        fail = reject;
      }),
  );
  const entry: LazyFeature = { id: feature.id, needs, load };
  return { entry, load, arrive: () => arrive(), fail: (error: Error) => fail(error) };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

/** A detection that finds the paragraph's parent as the article once `hasArticle` is set. */
function detection(state: { hasArticle: boolean }): ArticleDetector {
  return {
    detect: (doc) => {
      const root = doc.getElementById('a');
      return state.hasArticle && root ? { root, blocks: [], source: 'site' } : null;
    },
    isSame: (a, b) => a?.root === b?.root,
    isConnected: (model) => model.root.isConnected,
  };
}

/** A feature that changes the page the way real ones do, and undoes it on abort. */
function marker(id: string): Feature {
  return {
    id: id as Feature['id'],
    init(context, signal) {
      const html = context.document.documentElement;
      html.setAttribute(`data-dedoc-${id}`, '1');
      const paragraph = context.document.querySelector('p');
      paragraph?.setAttribute(`data-dedoc-${id}-p`, '');
      context.ui.addButton({ action: `${id}-button`, label: id, text: id, onActivate: () => undefined }, signal);
      signal.addEventListener('abort', () => {
        html.removeAttribute(`data-dedoc-${id}`);
        paragraph?.removeAttribute(`data-dedoc-${id}-p`);
      });
    },
  };
}

/** happy-dom has no PageTransitionEvent: a pageshow event with the one field the runner reads. */
function pageshow(persisted: boolean): Event {
  return Object.assign(new Event('pageshow'), { persisted });
}

// Every test's runners stop after it: one left running would go on repairing its toolbar into the next test's page.
afterEach(() => {
  for (const runner of runners.splice(0)) runner.stop();
});

describe('feature runner', () => {
  beforeEach(() => {
    document.documentElement.innerHTML = PAGE;
    for (const name of document.documentElement.getAttributeNames()) document.documentElement.removeAttribute(name);
  });

  it('starts the enabled features and puts one <dedoc-root> with an open shadow root on the page', () => {
    const { runner } = makeRunner([marker('one'), marker('two')]);
    runner.apply(settingsWith({ one: true, two: false }));
    expect(document.querySelectorAll('dedoc-root')).toHaveLength(1);
    expect(document.querySelector('dedoc-root')?.shadowRoot?.mode).toBe('open');
    expect(document.documentElement.hasAttribute('data-dedoc-one')).toBe(true);
    expect(document.documentElement.hasAttribute('data-dedoc-two')).toBe(false);
    expect(runner.status()).toEqual([
      { id: 'one', isRunning: true },
      { id: 'two', isRunning: false },
    ]);
  });

  it('keeps the other features running when one throws, and reports the failure with its id', () => {
    const broken: Feature = {
      id: 'broken' as Feature['id'],
      init(context) {
        context.document.documentElement.setAttribute('data-dedoc-broken', '');
        throw new Error('boom');
      },
    };
    const { runner, log } = makeRunner([broken, marker('one')]);
    runner.apply(settingsWith({ broken: true, one: true }));
    expect(document.documentElement.hasAttribute('data-dedoc-one')).toBe(true);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('"broken"'), expect.any(Error));
    expect(runner.status()[0]).toEqual({ id: 'broken', isRunning: false, error: 'boom' });
  });

  it('also survives a feature whose async start rejects', async () => {
    const failing: Feature = { id: 'late' as Feature['id'], init: async () => Promise.reject(new Error('late boom')) };
    const { runner } = makeRunner([failing, marker('one')]);
    runner.apply(settingsWith({ late: true, one: true }));
    await new Promise((r) => setTimeout(r, 0));
    expect(runner.status()).toEqual([
      { id: 'late', isRunning: false, error: 'late boom' },
      { id: 'one', isRunning: true },
    ]);
  });

  it('switches one feature off without a reload, leaving the others', () => {
    const { runner } = makeRunner([marker('one'), marker('two')]);
    runner.apply(settingsWith({ one: true, two: true }));
    runner.apply(settingsWith({ one: false, two: true }));
    expect(document.documentElement.hasAttribute('data-dedoc-one')).toBe(false);
    expect(document.querySelector('p')?.hasAttribute('data-dedoc-one-p')).toBe(false);
    expect(document.querySelector('dedoc-root')?.shadowRoot?.querySelector('[data-action="one-button"]')).toBeNull();
    expect(document.querySelector('dedoc-root')?.shadowRoot?.querySelector('[data-action="two-button"]')).not.toBeNull();
  });

  it('follows the site’s own feature switches over the ones for every site, live', () => {
    const { runner } = makeRunner([marker('one'), marker('two')]);
    const sites = (features: Record<string, boolean>) => ({ sites: { 'kiengiang.gov.vn': { features: features as never } } });
    runner.apply(settingsWith({ one: true, two: false }, sites({ one: false, two: true })));
    expect(runner.status()).toEqual([
      { id: 'one', isRunning: false },
      { id: 'two', isRunning: true },
    ]);
    // Another site's switch is not this site's.
    runner.apply(settingsWith({ one: true, two: false }, { sites: { 'qdnd.vn': { features: { one: false } as never } } }));
    expect(runner.status()).toEqual([
      { id: 'one', isRunning: true },
      { id: 'two', isRunning: false },
    ]);
    expect(document.documentElement.hasAttribute('data-dedoc-two')).toBe(false);
  });

  it('returns the DOM to exactly what it was when the site is switched off', () => {
    const before = document.documentElement.outerHTML;
    const { runner } = makeRunner([marker('one'), marker('two')]);
    runner.apply(settingsWith({ one: true, two: true }));
    expect(document.documentElement.outerHTML).not.toBe(before);
    runner.apply(settingsWith({ one: true, two: true }, { sites: { 'kiengiang.gov.vn': { enabled: false } } }));
    expect(document.documentElement.outerHTML).toBe(before);
    expect(runner.isRunning).toBe(false);
  });

  it("leaves the page's own data-dedoc-* attributes on <html> when it starts with the site off", () => {
    const html = document.documentElement;
    html.setAttribute('data-dedoc-acronyms', '');
    html.setAttribute('data-dedoc-x', 'page');
    const before = html.outerHTML;
    const { runner } = makeRunner([marker('one')]);
    runner.apply(settingsWith({ one: true }, { sites: { 'kiengiang.gov.vn': { enabled: false } } }));
    expect(html.outerHTML).toBe(before);
    // On, then off again: still the page's.
    runner.apply(settingsWith({ one: true }));
    runner.apply(settingsWith({ one: true }, { sites: { 'kiengiang.gov.vn': { enabled: false } } }));
    expect(html.outerHTML).toBe(before);
  });

  it('runs on listed sites and on user-added ones only', () => {
    const settings = defaultSettings();
    expect(isSiteActive(settings, 'kiengiang.gov.vn')).toBe(true);
    expect(isSiteActive(settings, 'tintuc.example.com')).toBe(false);
    expect(isSiteActive({ ...settings, userSites: ['tintuc.example.com'] }, 'tintuc.example.com')).toBe(true);
  });

  it('puts <dedoc-root> back on <html> when the page removes it or moves it elsewhere', async () => {
    const { runner } = makeRunner([marker('one')]);
    runner.apply(settingsWith({ one: true }));
    const host = document.querySelector('dedoc-root')!;
    host.remove();
    await settle();
    expect(host.parentNode).toBe(document.documentElement);
    const hiding = document.createElement('div');
    hiding.style.display = 'none';
    document.body.append(hiding);
    hiding.append(host);
    await settle();
    expect(host.parentNode).toBe(document.documentElement);
    // Still one host, the same one, with its toolbar.
    expect(document.querySelectorAll('dedoc-root')).toHaveLength(1);
    expect(host.shadowRoot?.querySelector('[data-action="one-button"]')).not.toBeNull();
    runner.stop();
  });

  it('does not fight a page that removes <dedoc-root> every time it comes back', async () => {
    const { runner, log } = makeRunner([marker('one')]);
    runner.apply(settingsWith({ one: true }));
    let removals = 0;
    const observer = new MutationObserver(() => {
      for (const root of document.querySelectorAll('dedoc-root')) {
        root.remove();
        removals++;
      }
    });
    observer.observe(document.documentElement, { childList: true });
    document.querySelector('dedoc-root')!.remove();
    for (let i = 0; i < 40; i++) await settle();
    observer.disconnect();
    expect(removals).toBeGreaterThan(1);
    expect(removals).toBeLessThanOrEqual(11);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('keeps undoing'));
    runner.stop();
  });

  it('starts anew on a document element the page puts in place of the old one', async () => {
    const { runner } = makeRunner([marker('one')]);
    runner.apply(settingsWith({ one: true }));
    const old = document.documentElement;
    const fresh = document.createElement('html');
    fresh.innerHTML = PAGE;
    // (happy-dom's replaceChild refuses a second document element for a moment; remove-then-append is the same change.)
    old.remove();
    document.append(fresh);
    await settle();
    await settle();
    expect(document.documentElement).toBe(fresh);
    expect(fresh.querySelectorAll('dedoc-root')).toHaveLength(1);
    expect(fresh.querySelector('dedoc-root')?.shadowRoot?.querySelector('[data-action="one-button"]')).not.toBeNull();
    expect(fresh.hasAttribute('data-dedoc-one')).toBe(true);
    expect(fresh.querySelector('p')?.hasAttribute('data-dedoc-one-p')).toBe(true);
    // The old element got back what we had put on it.
    expect(old.hasAttribute('data-dedoc-one')).toBe(false);
    expect(old.querySelector('dedoc-root')).toBeNull();
    runner.stop();
    expect(fresh.querySelector('dedoc-root')).toBeNull();
    expect(fresh.hasAttribute('data-dedoc-one')).toBe(false);
  });

  it('reads the settings again when the page comes back from the back/forward cache', async () => {
    const stored = settingsWith({ one: true, two: true });
    const reload = vi.fn(async () => stored);
    const { runner } = makeRunner([marker('one'), marker('two')], undefined, reload);
    runner.apply(settingsWith({ one: true, two: false }));
    window.dispatchEvent(pageshow(false));
    await settle();
    expect(reload).not.toHaveBeenCalled();
    window.dispatchEvent(pageshow(true));
    await settle();
    expect(reload).toHaveBeenCalledTimes(1);
    expect(document.documentElement.hasAttribute('data-dedoc-two')).toBe(true);
    runner.stop();
  });
  it('loads a lazy feature when it is first wanted, then starts it in its turn', async () => {
    const one = lazy(marker('one'));
    const { runner } = makeRunner([one.entry, marker('two')]);
    runner.apply(settingsWith({ one: true, two: true }));
    expect(one.load).toHaveBeenCalledTimes(1);
    expect(runner.isLoading('one' as Feature['id'])).toBe(true);
    expect(document.documentElement.hasAttribute('data-dedoc-one')).toBe(false);
    expect(document.documentElement.hasAttribute('data-dedoc-two')).toBe(true);
    runner.apply(settingsWith({ one: true, two: true }));
    expect(one.load).toHaveBeenCalledTimes(1);
    one.arrive();
    await tick();
    expect(document.documentElement.hasAttribute('data-dedoc-one')).toBe(true);
    expect(runner.status()[0]).toEqual({ id: 'one', isRunning: true });
    // Off and on again: no second load.
    runner.apply(settingsWith({ one: false, two: true }));
    runner.apply(settingsWith({ one: true, two: true }));
    expect(one.load).toHaveBeenCalledTimes(1);
    expect(document.documentElement.hasAttribute('data-dedoc-one')).toBe(true);
  });

  it('never loads a feature that is off, and does not start one switched off (or Dễ Đọc off) while it loaded', async () => {
    const one = lazy(marker('one'));
    const { runner } = makeRunner([one.entry]);
    runner.apply(settingsWith({ one: false }));
    expect(one.load).not.toHaveBeenCalled();
    runner.apply(settingsWith({ one: true }));
    runner.apply(settingsWith({ one: false }));
    one.arrive();
    await tick();
    expect(document.documentElement.hasAttribute('data-dedoc-one')).toBe(false);
    const before = document.documentElement.outerHTML;
    const two = lazy(marker('two'));
    const second = makeRunner([two.entry]).runner;
    second.apply(settingsWith({ two: true }));
    second.apply(settingsWith({ two: true }, { sites: { 'kiengiang.gov.vn': { enabled: false } } }));
    two.arrive();
    await tick();
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('loads a feature that works on the article only once the page has one', async () => {
    const state = { hasArticle: false };
    const detector = detection(state);
    const one = lazy(marker('one'), 'article');
    const { runner } = makeRunner([one.entry], { detector });
    runner.apply(settingsWith({ one: true }));
    await tick();
    expect(one.load).not.toHaveBeenCalled();
    expect(runner.hasArticle).toBe(false);
    state.hasArticle = true;
    // The page's own script brings the article: the tracker looks again after its quiet time.
    const p = document.createElement('p');
    p.textContent = 'Hội đồng nhân dân tỉnh họp kỳ họp thường lệ cuối năm, xem xét các báo cáo về kinh tế, xã hội, quốc phòng, an ninh và ngân sách của tỉnh trong năm. '.repeat(2);
    document.getElementById('a')!.append(p);
    await vi.waitFor(() => expect(one.load).toHaveBeenCalledTimes(1), { timeout: 3000 });
    one.arrive();
    await tick();
    expect(runner.hasArticle).toBe(true);
    expect(document.documentElement.hasAttribute('data-dedoc-one')).toBe(true);
    runner.stop();
  });

  it('loads the full detection only when the cheap look says the page may hold an article', async () => {
    const state = { hasArticle: true };
    let isLikely = false;
    const loadDetector = vi.fn(async () => detection(state));
    const { runner } = makeRunner([], { mayHoldArticle: () => isLikely, loadDetector });
    runner.apply(settingsWith({}));
    await tick();
    expect(loadDetector).not.toHaveBeenCalled();
    expect(runner.hasArticle).toBe(false);
    runner.stop();
    isLikely = true;
    runner.apply(settingsWith({}));
    await vi.waitFor(() => expect(runner.hasArticle).toBe(true));
    expect(loadDetector).toHaveBeenCalledTimes(1);
    expect(document.querySelector('[data-dedoc-article]')?.id).toBe('a');
    runner.stop();
    expect(document.querySelector('[data-dedoc-article]')).toBeNull();
  });

  it('reports a bundle that fails to load with the feature id, and tries again on the next settings change', async () => {
    const one = lazy(marker('one'));
    const { runner, log } = makeRunner([one.entry, marker('two')]);
    runner.apply(settingsWith({ one: true, two: true }));
    one.fail(new Error('tab gone'));
    await tick();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('"one"'), expect.any(Error));
    expect(runner.status()[0]).toEqual({ id: 'one', isRunning: false, error: 'tab gone' });
    expect(document.documentElement.hasAttribute('data-dedoc-two')).toBe(true);
    // The toolbar does not wait for a bundle that will not come.
    expect(document.querySelector('dedoc-root')).not.toBeNull();
    runner.apply(settingsWith({ one: true, two: true }));
    expect(one.load).toHaveBeenCalledTimes(2);
    one.arrive();
    await tick();
    expect(runner.status()[0]).toEqual({ id: 'one', isRunning: true });
  });
});

describe('stand-in buttons', () => {
  beforeEach(() => {
    document.documentElement.innerHTML = PAGE;
    for (const name of document.documentElement.getAttributeNames()) document.documentElement.removeAttribute(name);
  });

  const shadow = () => document.querySelector('dedoc-root')!.shadowRoot!;
  const actions = () => [...shadow().querySelectorAll('.feature-buttons button')].map((b) => (b as HTMLElement).dataset.action);

  /** A feature with a toolbar button on every page that opens a panel (as the glossary does). */
  function panelFeature(id: string, opened: string[]): Feature {
    return {
      id: id as Feature['id'],
      init(context, signal) {
        const button = context.ui.addButton({ action: `${id}-button`, label: id, text: id, onActivate: () => opened.push(id) }, signal);
        button.setAttribute('aria-busy', 'false');
      },
    };
  }

  it('holds the place of a feature with a button on every page; busy until the page is known to have no article', async () => {
    const opened: string[] = [];
    const glossary = lazy(panelFeature('glossary', opened), 'article');
    glossary.entry.standIn = { action: 'glossary-button', label: 'Glossary', text: 'G', attributes: { 'aria-expanded': 'false' } };
    const first = lazy(marker('first'));
    const { runner } = makeRunner([first.entry, glossary.entry]);
    runner.apply(settingsWith({ first: true, glossary: true }));
    // The toolbar shows whole: not before the feature that loads for every page has added its buttons.
    expect(document.querySelector('dedoc-root')).toBeNull();
    first.arrive();
    await tick();
    // The features' buttons stand in the features' order, whenever each arrives.
    expect(actions()).toEqual(['first-button', 'glossary-button']);
    const standIn = shadow().querySelector('[data-action="glossary-button"]')!;
    expect(standIn.getAttribute('aria-expanded')).toBe('false');
    expect(standIn.getAttribute('aria-busy')).toBe('false');
    expect(glossary.load).not.toHaveBeenCalled();
    // Off: the stand-in goes too.
    runner.apply(settingsWith({ first: true, glossary: false }));
    expect(actions()).toEqual(['first-button']);
  });

  it('a click on the stand-in loads the feature, puts its own button in the same place, and opens its panel', async () => {
    const opened: string[] = [];
    const glossary = lazy(panelFeature('glossary', opened), 'article');
    glossary.entry.standIn = { action: 'glossary-button', label: 'Glossary', text: 'G' };
    const { runner } = makeRunner([marker('first'), glossary.entry, marker('last')]);
    runner.apply(settingsWith({ first: true, glossary: true, last: true }));
    expect(actions()).toEqual(['first-button', 'glossary-button', 'last-button']);
    userClick(shadow().querySelector('[data-action="glossary-button"]')!);
    expect(glossary.load).toHaveBeenCalledTimes(1);
    expect(shadow().querySelector('[data-action="glossary-button"]')!.getAttribute('aria-busy')).toBe('true');
    glossary.arrive();
    await tick();
    expect(actions()).toEqual(['first-button', 'glossary-button', 'last-button']);
    expect(opened).toEqual(['glossary']);
    expect(runner.status()[1]).toEqual({ id: 'glossary', isRunning: true });
    runner.stop();
  });
});

describe('features loaded when the reader asks', () => {
  beforeEach(() => {
    document.documentElement.innerHTML = PAGE;
    for (const name of document.documentElement.getAttributeNames()) document.documentElement.removeAttribute(name);
  });

  const shadow = () => document.querySelector('dedoc-root')!.shadowRoot!;
  const actions = () => [...shadow().querySelectorAll('.feature-buttons button')].map((b) => (b as HTMLElement).dataset.action);

  function summaryLike(opened: string[]): Feature {
    return {
      id: 'summary' as Feature['id'],
      init(context, signal) {
        if (!context.article.current()) return;
        context.ui.addButton({ action: 'summary-button', label: 'S', text: 'S', onActivate: () => opened.push('button') }, signal);
      },
    };
  }

  it('on a page with an article: a stand-in, nothing loaded until a click, which then goes to the feature', async () => {
    const opened: string[] = [];
    const summary = lazy(summaryLike(opened), 'asked');
    summary.entry.standIn = { action: 'summary-button', label: 'S', text: 'S', attributes: { 'aria-expanded': 'false' } };
    const { runner } = makeRunner([marker('first'), summary.entry], { detector: detection({ hasArticle: true }) });
    runner.apply(settingsWith({ first: true, summary: true }));
    await vi.waitFor(() => expect(runner.hasArticle).toBe(true));
    await tick();
    expect(actions()).toEqual(['first-button', 'summary-button']);
    // Usable at once: not busy, and the toolbar did not wait for the feature.
    expect(shadow().querySelector('[data-action="summary-button"]')!.getAttribute('aria-busy')).toBe('false');
    expect(summary.load).not.toHaveBeenCalled();
    userClick(shadow().querySelector('[data-action="summary-button"]')!);
    expect(summary.load).toHaveBeenCalledTimes(1);
    summary.arrive();
    await tick();
    expect(opened).toEqual(['button']);
    expect(actions()).toEqual(['first-button', 'summary-button']);
    expect(runner.isStarted('summary' as Feature['id'])).toBe(true);
    runner.stop();
  });

  it('no stand-in on a page without an article; a request by message loads it and resolves once it runs', async () => {
    const opened: string[] = [];
    const state = { hasArticle: false };
    const summary = lazy(summaryLike(opened), 'asked');
    summary.entry.standIn = { action: 'summary-button', label: 'S', text: 'S' };
    const { runner } = makeRunner([marker('first'), summary.entry], { detector: detection(state) });
    runner.apply(settingsWith({ first: true, summary: true }));
    await tick();
    expect(runner.hasArticle).toBe(false);
    expect(actions()).toEqual(['first-button']);
    const started = runner.request('summary' as Feature['id']);
    expect(summary.load).toHaveBeenCalledTimes(1);
    summary.arrive();
    await started;
    expect(runner.isStarted('summary' as Feature['id'])).toBe(true);
    // A message asks for the feature: its own handler answers, no button is pressed for it.
    expect(opened).toEqual([]);
    runner.stop();
  });

  it('a request whose bundle fails rejects, and one pending when Dễ Đọc stops rejects too', async () => {
    const summary = lazy(summaryLike([]), 'asked');
    const { runner } = makeRunner([summary.entry], { detector: detection({ hasArticle: true }) });
    runner.apply(settingsWith({ summary: true }));
    const failed = runner.request('summary' as Feature['id']);
    summary.fail(new Error('no bundle'));
    await expect(failed).rejects.toThrow('no bundle');
    const pending = runner.request('summary' as Feature['id']);
    runner.stop();
    await expect(pending).rejects.toThrow('stopped');
    await expect(runner.request('summary' as Feature['id'])).rejects.toThrow('summary off');
  });
});

describe('stand-in answers', () => {
  it('answer for a feature that is on but idle here (no article): what the feature itself would say', () => {
    expect(standInFor('summary/status', () => true)?.()).toEqual({ hasArticle: false, isOpen: false });
    expect(standInFor('acronyms/list', () => true)?.()).toEqual({ hasArticle: false, items: [], unknown: [] });
    expect(standInFor('summary/status', () => false)).toBeNull();
    expect(standInFor('page/status', () => true)).toBeNull();
  });

  it('on a page with an article, for a feature loaded when asked: its status, and the messages that load it', () => {
    const status = askedFor('summary/status', () => true);
    expect(status && 'answer' in status ? status.answer() : null).toEqual({ hasArticle: true, isOpen: false });
    expect(askedFor('summary/open', () => true)).toEqual({ id: 'summary', request: true });
    expect(askedFor('summary/open', () => false)).toBeNull();
    expect(askedFor('acronyms/list', () => true)).toBeNull();
  });
});
