// The list of page features, shared by content (which runs them) and popup/options (which switch them).
// Feature id = folder under src/content/features = settings key = data-dedoc-<id> namespace (STYLE.md).
// A convention test checks that every id here has a folder, locale strings and a default, and vice versa.
export const FEATURES = [
  // Text size and reading comfort.
  { id: 'scale', defaultOn: true },
  // Acronym tooltips and glossary.
  { id: 'acronyms', defaultOn: true },
  // On-device summary panel with key facts.
  { id: 'summary', defaultOn: true },
  // Read-aloud: the article (or a selection, or the summary) in Vietnamese, the sentence heard highlighted.
  { id: 'speech', defaultOn: true },
] as const satisfies ReadonlyArray<{ id: string; defaultOn: boolean }>;

export type FeatureId = (typeof FEATURES)[number]['id'];
