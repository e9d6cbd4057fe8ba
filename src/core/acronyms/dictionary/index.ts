// Public surface of the built-in acronym dictionary (re-exported by src/core/acronyms/index.ts).
export {
  ambiguousBuiltinAcronyms,
  builtinAcronyms,
  builtinSize,
  hasBuiltin,
  lookupBuiltin,
  resolveBuiltin,
} from './lookup';
export { normaliseShort } from './normalize';
export type {
  BuiltinCategory,
  BuiltinEntry,
  BuiltinMeaning,
  BuiltinResolution,
  BuiltinStatus,
  ContextCue,
  ContextRule,
  LookupOptions,
} from './types';
