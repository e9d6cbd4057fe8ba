// Acronyms, as pure logic (no DOM beyond arguments, no browser API): the public face of the module. Content,
// options, summary and speech import it through here (or through core/index.ts); the parts import each other directly.
// - find/: the definitions an article writes itself ("Ủy ban nhân dân (UBND)"), letters matched to syllable initials;
// - dictionary/: the built-in dictionary of Vietnamese state acronyms (typed source, compact data, lookup by context);
// - resolve/: which expansion applies to an occurrence (article > user > built-in), where the acronyms are in a
//   text, and the one resolution per article that tooltips, summary and read-aloud share;
// - user-dictionary/: the user's own dictionary as data (validation, CSV/JSON import and export, merge, repair).

// Finding definitions
export { findAcronymDefinitions, findDefinitionsWith, NO_ACRONYM_LOOKUP } from './find/definitions';
export type { AcronymLookup, FindAcronymDefinitionsOptions, FoundAcronymDefinition } from './find/definitions';

// The built-in dictionary
export {
  ambiguousBuiltinAcronyms,
  builtinAcronyms,
  builtinSize,
  hasBuiltin,
  hasBuiltinDictionary,
  useBuiltinDictionary,
  lookupBuiltin,
  resolveBuiltin,
} from './dictionary/lookup';
export { shortFormKey } from './dictionary/normalize';
export { decodeBuiltinDictionary, encodeBuiltinDictionary } from './dictionary/data';
export type { EncodedDictionary } from './dictionary/data';
export type {
  BuiltinCategory,
  BuiltinEntry,
  BuiltinMeaning,
  BuiltinResolution,
  BuiltinStatus,
  ContextCue,
  ContextRule,
  LookupOptions,
} from './dictionary/types';

// Resolution
export { AcronymResolver, CORE_BUILTIN } from './resolve/resolver';
export type { AcronymResolution, AcronymSource, BuiltinDictionary, ResolverInput } from './resolve/resolver';
export { articleDefinitionSteps, articleDefinitions, articleResolver, decidedAcronyms } from './resolve/article';
export type { Definition, DefinitionOptions } from './resolve/article';
export { tokenizeAcronyms, isAcronymShaped, mayHaveAcronyms } from './resolve/tokenize';
export type { AcronymOccurrence, TokenizeResult } from './resolve/tokenize';

// The user's dictionary
export {
  MAX_ENTRIES,
  MAX_LONG_CHARS,
  MAX_NOTE_CHARS,
  MAX_SHORT_CHARS,
  USER_DICTIONARY_FORMAT,
  USER_DICTIONARY_VERSION,
  cleanEntry,
  dictionaryFromJson,
  dictionaryKey,
  foldForSearch,
  mergeEntries,
  parseCsvDictionary,
  parseDictionaryFile,
  parseJsonDictionary,
  sanitizeStoredDictionary,
  storedDictionaryVersion,
  searchEntries,
  sortEntries,
  toCsv,
  toJson,
  validateEntry,
} from './user-dictionary/entries';
export type { EntryProblem, ImportError, ImportProblem, ImportResult, MergeResult, SanitizedDictionary, UserAcronym } from './user-dictionary/entries';
export { parseJsonWithLines, JsonSyntaxError } from './user-dictionary/json-lines';
