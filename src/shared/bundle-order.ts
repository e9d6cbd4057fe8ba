// What the content script needs to know about its bundles at run time: their ids, what each needs loaded first, and
// the key of the runtime object. Kept apart from src/shared/content-bundles.ts (files, entries, published modules:
// the build's and the background's business) so that boot carries none of that list.

/** Symbol.for() key of the runtime object on the content script's (isolated) global. */
export const RUNTIME_SYMBOL = 'dedoc.runtime';

/** Each bundle's bundles that must be in the page first (loaded in this order). */
export const BUNDLE_NEEDS = {
  article: [],
  'acronyms-dictionary': [],
  'summary-model': [],
  scale: [],
  acronyms: ['article', 'acronyms-dictionary'],
  summary: ['article', 'acronyms-dictionary', 'summary-model'],
  speech: ['article', 'acronyms-dictionary'],
} as const satisfies Record<string, readonly string[]>;

export type BundleId = keyof typeof BUNDLE_NEEDS;

/** Data files: their runtime.data key is the bundle id. */
export const DATA_BUNDLES = ['acronyms-dictionary', 'summary-model'] as const satisfies readonly BundleId[];
export type DataId = (typeof DATA_BUNDLES)[number];

export function isBundleId(value: unknown): value is BundleId {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(BUNDLE_NEEDS, value);
}

/** The bundles to load for `ids`, with everything they need first, each once, in a valid order. */
export function bundleOrder(ids: readonly BundleId[]): BundleId[] {
  const order: BundleId[] = [];
  const visit = (id: BundleId, path: readonly BundleId[]): void => {
    if (order.includes(id)) return;
    if (path.includes(id)) throw new Error(`bundle cycle: ${[...path, id].join(' → ')}`);
    for (const need of BUNDLE_NEEDS[id] as readonly string[]) {
      if (!isBundleId(need)) throw new Error(`bundle "${id}" needs an unknown bundle "${need}"`);
      visit(need, [...path, id]);
    }
    order.push(id);
  };
  for (const id of ids) visit(id, []);
  return order;
}
