// The shape of a site file. Defined in core (core may import only core) and re-exported here, so
// site files import types only, never code.
export type { SiteAdapter, SiteSelectors, SelectorSpec } from '../core/article/types';
