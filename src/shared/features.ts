// The list of page features, shared by content (which runs them) and popup/options (which switch them).
// Feature id = folder under src/content/features = settings key = data-dedoc-<id> namespace (STYLE.md).
// A convention test checks that every id here has a folder, locale strings and a default, and vice versa.
export const FEATURES = [] as const satisfies ReadonlyArray<{ id: string; defaultOn: boolean }>;

export type FeatureId = (typeof FEATURES)[number]['id'];
