// Acronyms on the page, as pure logic: which expansion applies to an occurrence (page > user > built-in), where
// the acronyms are in a text, and the user's own dictionary as data (validation, CSV/JSON import and export).
// The content script, the options page and the unit tests share it; nothing here touches the DOM or a browser API.
export { AcronymResolver, CORE_BUILTIN } from './resolver';
export type { AcronymResolution, AcronymSource, BuiltinDictionary, ResolverInput } from './resolver';
export { tokenizeAcronyms, isAcronymShaped, mayHaveAcronyms } from './tokenize';
export type { AcronymOccurrence, TokenizeResult } from './tokenize';
export {
  MAX_ENTRIES,
  MAX_LONG_CHARS,
  MAX_NOTE_CHARS,
  MAX_SHORT_CHARS,
  USER_DICTIONARY_FORMAT,
  USER_DICTIONARY_VERSION,
  cleanEntry,
  dictionaryKey,
  foldForSearch,
  mergeEntries,
  parseCsvDictionary,
  parseDictionaryFile,
  parseJsonDictionary,
  sanitizeStoredDictionary,
  searchEntries,
  sortEntries,
  toCsv,
  toJson,
  validateEntry,
} from './user-dictionary';
export type { EntryProblem, ImportError, ImportProblem, ImportResult, MergeResult, SanitizedDictionary, UserAcronym } from './user-dictionary';
export { parseJsonWithLines, JsonSyntaxError } from './json-lines';
