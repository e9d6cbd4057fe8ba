// The list of page features, shared by content (which runs them) and popup/options (which switch them).
// Feature id = folder under src/content/features = settings key = data-dedoc-<id> namespace (STYLE.md).
// A convention test checks that every id here has a folder, locale strings and a default, and vice versa.
export const FEATURES = [
  // Text size and reading comfort (issue 4).
  { id: 'scale', defaultOn: true },
  // Acronym tooltips and glossary (issue 5).
  { id: 'acronyms', defaultOn: true },
  // On-device summary panel with key facts (issue 6).
  { id: 'summary', defaultOn: true },
] as const satisfies ReadonlyArray<{ id: string; defaultOn: boolean }>;

export type FeatureId = (typeof FEATURES)[number]['id'];
