// Content-script entry: the boot script, the only code every page of a listed (or user-added) site runs. Built as
// one plain IIFE (no web-accessible chunks: pages cannot probe for Dễ Đọc); the same file serves the manifest's
// state sites and the sites the user adds at run time (scripting.registerContentScripts / executeScript).
// It holds settings, the toolbar shell, the cheap article check and the message plumbing; every feature comes in
// its own bundle, loaded into this world by the background only where it works (src/shared/content-bundles.ts),
// and the budget checks (tests/budget/) keep feature code out of this file.
import { mayHoldArticle } from '../core/article/probe';
import { browser } from '../shared/browser';
import { BOOT_PORT_NAME, dispatchHere, isEnvelope, listen, sendMessage } from '../shared/messages';
import { hostOfUrl } from '../shared/hosts';
import { loadSettings, onSettingsChanged, routeSettingsWrites, updateSettings, updateSite } from '../shared/settings';
import { SITES } from '../sites/index';
import { askedFor, lazyFeatures, standInFor } from './features';
import { BundleLoader } from './loader';
import { Runner } from './runner';
import { OrphanWatch } from './orphan';
import { installRuntime } from './runtime';
import { browserShadowReader, loadSecret, sealHost } from './seal';
import { cleanStaleState } from './stale';

const BOOT_FLAG = Symbol.for('dedoc.booted');

/** After an extension update or removal the old script's context is gone: it must stop quietly. */
function isContextAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

function log(message: string, error?: unknown): void {
  if (!isContextAlive()) return;
  console.warn(`[Dễ Đọc] ${message}`, error ?? '');
}

/** A promise that never settles: what a call to the runtime of a dead context gives, instead of an error. */
function never<T>(): Promise<T> {
  return new Promise<T>(() => undefined);
}

async function boot(): Promise<void> {
  const scope = globalThis as typeof globalThis & { [BOOT_FLAG]?: () => boolean };
  // The background may inject into a tab the manifest already covers: one instance per page (per live context: a
  // flag left by a copy whose extension is gone does not count).
  if (typeof scope[BOOT_FLAG] === 'function' && scope[BOOT_FLAG]()) return;
  scope[BOOT_FLAG] = isContextAlive;
  const host = hostOfUrl(location.href);
  if (!host) return;
  // A previous copy's toolbar, wrappers and marks (an update, a reload of the extension) go before this one starts;
  // only what carries our seal counts as a previous copy's (a page's own fakes are its content).
  const secret = await loadSecret(browser.storage.local).catch((error: unknown) => {
    log('could not read the seal', error);
    return null;
  });
  const reader = browserShadowReader();
  cleanStaleState(document, secret && reader ? { secret, read: reader } : null);
  const cleanups: Array<() => void> = [];
  let runner: Runner | null = null;
  const watch = new OrphanWatch({
    doc: document,
    isAlive: isContextAlive,
    connect: () => browser.runtime.connect({ name: BOOT_PORT_NAME }),
    onOrphaned: () => {
      runner?.stop();
      // Quiet: the listeners of a dead context may throw on removal; they never fire again either way.
      for (const cleanup of cleanups.splice(0)) {
        try {
          cleanup();
        } catch {
          // Gone with the context.
        }
      }
    },
  });
  /** Every message of boot goes here: an orphan stops instead of throwing "Extension context invalidated". */
  const send: typeof sendMessage = (type, payload) => {
    if (!watch.check()) return never();
    return sendMessage(type, payload).then(
      (answer) => {
        watch.touch();
        return answer;
      },
      (error: unknown) => (watch.check() ? Promise.reject(error) : never()),
    );
  };
  const runtime = installRuntime();
  const loader = new BundleLoader((bundles) => send('features/load', { bundles }));
  // Settings writes go to the background, which applies them one at a time (no lost update between contexts).
  routeSettingsWrites((ops) => send('settings/apply', { ops }));
  // (Dictionary writes are routed the same way by the acronyms bundle, which holds the dictionary's module.)
  const active = new Runner(document, host, lazyFeatures(loader, runtime), {
    saveToolbar: (toolbar) => void updateSettings((s) => ({ ...s, toolbar })).catch((e) => log('could not save', e)),
    saveSite: (h, patch) => updateSite(h, patch).then(() => undefined),
    openOptions: () => void send('options/open', {}).catch((e) => log('could not open options', e)),
    log,
    seal: (root) => {
      if (secret) sealHost(root, secret);
    },
    article: {
      mayHoldArticle: (doc) => mayHoldArticle(doc, doc.URL, SITES),
      loadDetector: async () => {
        await loader.load(['article']);
        if (!runtime.detector) throw new Error('the article bundle gave no article detection');
        return runtime.detector;
      },
    },
  });
  runner = active;
  cleanups.push(onSettingsChanged(({ settings }) => {
    if (watch.check()) active.apply(settings);
  }));
  cleanups.push(listen({
    'page/status': async () => ({ host, isRunning: active.isRunning, features: active.status() }),
  }));
  // The popup asks features about the page (the summary, the glossary). A feature that is on but not loaded here,
  // because the page has no article, answers through its stand-in: "no article", as it would itself. On a page with
  // an article, a feature loaded only when asked answers its status the same way, and a message that asks for it
  // (open the summary) loads it and then goes to it.
  const answerForStandIns = (message: unknown, sender: unknown): Promise<unknown> | undefined => {
    if (!isEnvelope(message) || !active.isRunning) return undefined;
    if (active.hasArticle) {
      const asked = askedFor(message.type, (id) => active.isWanted(id) && !active.isStarted(id));
      if (!asked) return undefined;
      if ('answer' in asked) return Promise.resolve(asked.answer());
      return active.request(asked.id).then(() => dispatchHere(message, sender));
    }
    const answer = standInFor(message.type, (id) => active.isWanted(id) && !active.isStarted(id) && !active.isLoading(id));
    return answer ? Promise.resolve(answer()) : undefined;
  };
  browser.runtime.onMessage.addListener(answerForStandIns);
  cleanups.push(() => browser.runtime.onMessage.removeListener(answerForStandIns));
  watch.start();
  if (watch.isOrphaned) return;
  const loaded = await loadSettings().catch((error: unknown) => (watch.check() ? Promise.reject(error) : never<never>()));
  if (watch.check()) active.apply(loaded.settings);
}

boot().catch((error) => log('could not start', error));
