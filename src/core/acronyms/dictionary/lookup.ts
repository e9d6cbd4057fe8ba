// Indexed access to the built-in dictionary: exact lookup by acronym (after normalisation), and ordering of the
// meanings of an ambiguous acronym by the words around it.
//
// The entries are data, given once by whoever runs core (useBuiltinDictionary): the content script hands over the
// packaged data file (data.ts decodes it) on the pages that need it, tests and scripts the typed source builtin.ts.
// Nothing here imports the data, so code that never looks an acronym up never pays for it.
import {
  DECISIVE_SCORE,
  compileRule,
  findOccurrences,
  prepareContext,
  scoreRules,
  type CompiledRule,
  type Occurrence,
  type PreparedContext,
} from './context';
import { shortFormKey } from './normalize';
import type { BuiltinEntry, BuiltinMeaning, BuiltinResolution, LookupOptions } from './types';

interface Group {
  readonly entries: readonly BuiltinEntry[];
  readonly meanings: readonly BuiltinMeaning[];
  readonly rules: readonly CompiledRule[];
  /** Every surface form of this acronym (canonical and variants) as it may appear in the context. */
  readonly forms: readonly string[];
}

function toMeaning(entry: BuiltinEntry): BuiltinMeaning {
  const meaning: {
    short: string;
    long: string;
    category: BuiltinEntry['category'];
    note?: string;
    status?: BuiltinEntry['status'];
    since?: string;
    successor?: string;
  } = { short: entry.short, long: entry.long, category: entry.category };
  if (entry.note !== undefined) meaning.note = entry.note;
  if (entry.status !== undefined) meaning.status = entry.status;
  if (entry.since !== undefined) meaning.since = entry.since;
  if (entry.successor !== undefined) meaning.successor = entry.successor;
  return Object.freeze(meaning);
}

type EntrySource = () => readonly BuiltinEntry[];

let source: EntrySource | undefined;
let entries: readonly BuiltinEntry[] | undefined;

/**
 * Gives core the built-in dictionary: a function returning the entries, called once, at the first lookup (so a
 * page that never looks an acronym up never reads the data). A second call replaces the dictionary.
 */
export function useBuiltinDictionary(load: EntrySource): void {
  source = load;
  entries = undefined;
  index = undefined;
  lastContext = undefined;
}

/** True once useBuiltinDictionary has been called. */
export function hasBuiltinDictionary(): boolean {
  return source !== undefined;
}

function builtinEntries(): readonly BuiltinEntry[] {
  if (entries === undefined) {
    if (source === undefined) throw new Error('the built-in acronym dictionary is not loaded (useBuiltinDictionary)');
    entries = Object.freeze(source().map((entry) => Object.freeze(entry)));
  }
  return entries;
}

/**
 * Built lazily on first use so that importing core (e.g. for the options page) costs nothing until a lookup
 * happens. Keys are normalised forms; a variant points at the group of the entries that list it, so "GD-ĐT"
 * and "GD&ĐT" share one group.
 */
let index: Map<string, Group> | undefined;

function buildIndex(): Map<string, Group> {
  const byKey = new Map<string, BuiltinEntry[]>();
  const add = (key: string, entry: BuiltinEntry): void => {
    const list = byKey.get(key);
    if (list === undefined) byKey.set(key, [entry]);
    else if (!list.includes(entry)) list.push(entry);
  };
  for (const entry of builtinEntries()) {
    add(shortFormKey(entry.short), entry);
    for (const variant of entry.variants ?? []) add(shortFormKey(variant), entry);
  }
  const built = new Map<string, Group>();
  for (const [key, entries] of byKey) {
    const forms = new Set<string>([key]);
    for (const entry of entries) {
      forms.add(entry.short.normalize('NFC'));
      for (const variant of entry.variants ?? []) forms.add(variant.normalize('NFC'));
    }
    built.set(key, {
      entries,
      meanings: entries.map(toMeaning),
      rules: entries.map((entry) => compileRule(entry.context)),
      forms: [...forms],
    });
  }
  return built;
}

function getIndex(): Map<string, Group> {
  index ??= buildIndex();
  return index;
}

/** Finds the group for a query; a dotted query that is not a key ("TP.") falls back to the bare form. */
function findGroup(short: string): Group | undefined {
  const key = shortFormKey(short);
  const map = getIndex();
  const group = map.get(key);
  if (group !== undefined) return group;
  if (key.length > 1 && key.endsWith('.')) return map.get(key.slice(0, -1));
  return undefined;
}

// Callers resolve every acronym of a paragraph against the same paragraph; fold it once.
let lastContext: { raw: string; prepared: PreparedContext } | undefined;

function prepare(raw: string): PreparedContext {
  if (lastContext?.raw !== raw) {
    const nfc = raw.normalize('NFC').replace(/[\u00D0\u00F0]/g, (c) => (c === '\u00D0' ? '\u0110' : '\u0111'));
    lastContext = { raw, prepared: prepareContext(nfc) };
  }
  return lastContext.prepared;
}

function occurrencesOf(group: Group, query: string, context: PreparedContext, at: number | undefined): Occurrence[] {
  const forms = new Set<string>(group.forms);
  forms.add(query.normalize('NFC').trim());
  const found: Occurrence[] = [];
  for (const form of forms) {
    for (const start of findOccurrences(context.original, form)) {
      found.push({ start, end: start + form.length });
    }
  }
  if (at === undefined) return found;
  // The caller knows which occurrence it means: keep the one covering `at` (longest form if several).
  const covering = found
    .filter((o) => o.start <= at && at < o.end)
    .sort((a, b) => b.end - b.start - (a.end - a.start));
  return covering.slice(0, 1);
}

/**
 * Resolves an acronym with its context and says whether the context decided. Meanings with equal evidence keep
 * the dictionary order (most common first).
 */
export function resolveBuiltin(short: string, context?: string, options?: LookupOptions): BuiltinResolution {
  const group = findGroup(short);
  if (group === undefined) return { meanings: [], isDecided: false };
  if (group.meanings.length === 1 || context === undefined || context.trim() === '') {
    return { meanings: [...group.meanings], isDecided: false };
  }
  const prepared = prepare(context);
  const occurrences = occurrencesOf(group, short, prepared, options?.at);
  const scores = scoreRules(group.rules, prepared, occurrences);
  const order = group.meanings
    .map((meaning, i) => ({ meaning, score: scores[i] ?? 0, i }))
    .sort((a, b) => b.score - a.score || a.i - b.i);
  const best = order[0];
  const second = order[1];
  if (best !== undefined && best.score >= DECISIVE_SCORE && best.score > (second?.score ?? 0)) {
    return { meanings: [best.meaning], isDecided: true };
  }
  return { meanings: order.map((o) => o.meaning), isDecided: false };
}

/**
 * The meanings of `short`, best first given `context` (the sentence or paragraph around the occurrence). When the
 * context decides, one meaning; when it does not, all meanings, so the tooltip can show each. Exact on the
 * acronym after NFC and normalisation of established variants ("GD-ĐT" = "GD&ĐT", "TP HCM" = "TP.HCM"); case
 * sensitive ("CA" is Công an, "ca" is a word). Unknown acronyms give [].
 */
export function lookupBuiltin(short: string, context?: string, options?: LookupOptions): BuiltinMeaning[] {
  return resolveBuiltin(short, context, options).meanings;
}

/** True when `short` (after the same normalisation as lookupBuiltin) is in the built-in dictionary. */
export function hasBuiltin(short: string): boolean {
  return findGroup(short) !== undefined;
}

/** Every entry (one per meaning), in dictionary order: for the glossary and search. */
export function builtinAcronyms(): ReadonlyArray<BuiltinEntry> {
  return builtinEntries();
}

/** Number of entries, i.e. of (acronym, meaning) pairs. */
export function builtinSize(): number {
  return builtinEntries().length;
}

/** Canonical acronyms that have more than one meaning. */
export function ambiguousBuiltinAcronyms(): string[] {
  const counts = new Map<string, number>();
  for (const entry of builtinEntries()) counts.set(entry.short, (counts.get(entry.short) ?? 0) + 1);
  return [...counts].filter(([, n]) => n > 1).map(([short]) => short);
}
