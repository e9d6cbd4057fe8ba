// The built-in dictionary as compact JSON, the form the extension ships (the build writes it from builtin.ts, the
// typed and commented source): JSON cannot hold a RegExp, so a regular-expression cue travels as
// { "re": source, "flags": flags } and is compiled again on the way in. decodeBuiltinDictionary(encode(x))
// equals x (tests/unit/acronyms/dictionary/data.test.ts).

import type { BuiltinEntry, ContextCue, ContextRule } from './types';

/** A cue as JSON: a word or phrase, or a regular expression's source and flags. */
export type EncodedCue = string | { re: string; flags: string };

export interface EncodedRule {
  before?: EncodedCue[];
  after?: EncodedCue[];
  near?: EncodedCue[];
}

export type EncodedEntry = Omit<BuiltinEntry, 'context' | 'variants'> & { variants?: string[]; context?: EncodedRule };

export interface EncodedDictionary {
  format: 'dedoc-builtin-acronyms';
  version: 1;
  entries: EncodedEntry[];
}

const RULE_KEYS = ['before', 'after', 'near'] as const;

function encodeCue(cue: ContextCue): EncodedCue {
  return typeof cue === 'string' ? cue : { re: cue.source, flags: cue.flags };
}

export function encodeBuiltinDictionary(entries: readonly BuiltinEntry[]): EncodedDictionary {
  return {
    format: 'dedoc-builtin-acronyms',
    version: 1,
    entries: entries.map(({ context, variants, ...rest }) => {
      const entry: EncodedEntry = { ...rest };
      if (variants) entry.variants = [...variants];
      if (context) {
        const rule: EncodedRule = {};
        for (const key of RULE_KEYS) if (context[key]) rule[key] = context[key]!.map(encodeCue);
        entry.context = rule;
      }
      return entry;
    }),
  };
}

function fail(why: string): never {
  throw new Error(`built-in acronym data: ${why}`);
}

function decodeCue(cue: unknown): ContextCue {
  if (typeof cue === 'string') return cue;
  const { re, flags } = (cue ?? {}) as { re?: unknown; flags?: unknown };
  if (typeof re !== 'string' || typeof flags !== 'string') fail('a cue is neither a string nor { re, flags }');
  // The lookup reuses one RegExp for every call: a g or y flag would carry lastIndex from one call to the next.
  if (/[gy]/.test(flags)) fail(`cue /${re}/${flags} has a g or y flag`);
  return new RegExp(re, flags);
}

/** The entries of the shipped JSON, checked: malformed data is refused with a clear message, never half-used. */
export function decodeBuiltinDictionary(data: unknown): BuiltinEntry[] {
  const { format, version, entries } = (data ?? {}) as Partial<EncodedDictionary>;
  if (format !== 'dedoc-builtin-acronyms' || version !== 1 || !Array.isArray(entries)) fail('not a version 1 dictionary');
  return entries.map((raw, i) => {
    const { context, variants, ...rest } = raw as EncodedEntry;
    if (typeof rest.short !== 'string' || typeof rest.long !== 'string' || typeof rest.category !== 'string') {
      fail(`entry ${i} has no short, long or category`);
    }
    const entry: { -readonly [K in keyof BuiltinEntry]: BuiltinEntry[K] } = { ...rest };
    if (variants !== undefined) {
      if (!Array.isArray(variants) || !variants.every((v) => typeof v === 'string')) fail(`entry ${i} (${rest.short}): bad variants`);
      entry.variants = variants;
    }
    if (context !== undefined) {
      const rule: { -readonly [K in keyof ContextRule]: ContextRule[K] } = {};
      for (const key of RULE_KEYS) {
        const cues = context[key];
        if (cues === undefined) continue;
        if (!Array.isArray(cues)) fail(`entry ${i} (${rest.short}): context.${key} is not a list`);
        rule[key] = cues.map(decodeCue);
      }
      entry.context = rule;
    }
    return entry;
  });
}
