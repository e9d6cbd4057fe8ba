// The one object the content script's pieces share: boot puts it on the content script's own global (the isolated
// world in Chrome, the content-script sandbox in Firefox: a page's scripts cannot see it), and every bundle loaded
// later (src/shared/content-bundles.ts) finds it there. It holds the modules published so far (so a bundle never carries
// a second copy of the browser wrapper, the settings or the UI host), the features the bundles register, the data
// files' contents and the full article detection once the article bundle is in.
import type { ArticleModel } from '../core/article/types';
import { RUNTIME_SYMBOL, type DataId } from '../shared/bundle-order';
import type { Feature } from './feature';

export const RUNTIME_KEY = Symbol.for(RUNTIME_SYMBOL);

/** The full article detection, given to the page's article tracker once the article bundle is loaded. */
export interface ArticleDetector {
  /** The article of the page, or null (home, list and search pages). */
  detect(doc: Document): ArticleModel | null;
  /** The same in steps (see core's detectArticleSteps): the tracker spreads them over tasks on a huge page. */
  detectSteps?(doc: Document): Generator<void, ArticleModel | null>;
  isSame(a: ArticleModel | null, b: ArticleModel | null): boolean;
  isConnected(model: ArticleModel): boolean;
}

export interface Runtime {
  /** Module namespaces by source path ('src/shared/i18n.ts'), published by boot and the bundles. */
  readonly modules: Record<string, unknown>;
  /** Features registered by their bundles, by id. */
  readonly features: Map<string, Feature>;
  /** Contents of the data files loaded so far, until their reader takes them. */
  readonly data: Map<string, unknown>;
  detector: ArticleDetector | null;
}

type Scope = typeof globalThis & { [RUNTIME_KEY]?: Runtime };

/** Boot: the runtime of this page's content script (made on first call). */
export function installRuntime(): Runtime {
  const scope = globalThis as Scope;
  scope[RUNTIME_KEY] ??= { modules: Object.create(null) as Record<string, unknown>, features: new Map(), data: new Map(), detector: null };
  return scope[RUNTIME_KEY];
}

/** A bundle: the runtime boot made. A bundle injected without boot is a bug, said clearly. */
export function runtime(): Runtime {
  const found = (globalThis as Scope)[RUNTIME_KEY];
  if (!found) throw new Error('Dễ Đọc: a content bundle was loaded before the boot script');
  return found;
}

/** Called by the code the build puts in front of each bundle: the modules it makes available to later ones. */
export function publish(modules: Record<string, unknown>): void {
  Object.assign(runtime().modules, modules);
}

/**
 * Called by the code the build puts in front of a bundle that fills a barrel (core/index.ts): the barrel, as later
 * bundles import it, answers with the exports of every part published into it so far.
 */
export function publishInto(barrel: string, part: object): void {
  const modules = runtime().modules;
  const target = (modules[barrel] ??= Object.create(null)) as object;
  for (const name of Object.keys(part)) {
    Object.defineProperty(target, name, { get: () => (part as Record<string, unknown>)[name], enumerable: true, configurable: true });
  }
}

export function registerFeature(feature: Feature): void {
  runtime().features.set(feature.id, feature);
}

/** The contents of a data file, handed over once (the reader keeps what it builds from it). */
export function takeData(id: DataId): unknown {
  const data = runtime().data;
  if (!data.has(id)) throw new Error(`Dễ Đọc: data file "${id}" is not loaded`);
  const value = data.get(id);
  data.delete(id);
  return value;
}
