// Acronyms: the built-in dictionary of Vietnamese state acronyms and the finder of definitions an
// article writes itself ("Ủy ban nhân dân (UBND)").
import { lookupBuiltin } from './dictionary/index';
import { findDefinitionsWith, type AcronymLookup, type FoundAcronymDefinition } from './find-definitions';

export * from './dictionary/index';
export { findDefinitionsWith, NO_ACRONYM_LOOKUP } from './find-definitions';
export type { AcronymLookup, FoundAcronymDefinition } from './find-definitions';

export interface FindAcronymDefinitionsOptions {
  /** Confirms foreign acronyms explained in Vietnamese; defaults to the built-in dictionary. */
  lookup?: AcronymLookup;
}

/**
 * Definitions the text gives for its acronyms, in text order: `short` and `long` exactly as written,
 * start/end the long form's offsets. Both "long (SHORT)" and "SHORT (long)"; foreign acronyms with a
 * Vietnamese long form only where the built-in dictionary confirms them.
 */
export function findAcronymDefinitions(text: string, options: FindAcronymDefinitionsOptions = {}): FoundAcronymDefinition[] {
  return findDefinitionsWith(text, options.lookup ?? lookupBuiltin);
}
