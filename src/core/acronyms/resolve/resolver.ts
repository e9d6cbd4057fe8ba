// Which expansion applies to an acronym, and from where: a definition the article gives itself beats the
// user's own dictionary, which beats the built-in dictionary. Ambiguous built-in acronyms
// are resolved with the words around the occurrence; when those do not decide, every meaning is kept so the
// tooltip can show them all.
import { hasBuiltin, resolveBuiltin } from '../dictionary/lookup';
import { shortFormKey } from '../dictionary/normalize';
import { isAcronymShaped } from './tokenize';
import type { AcronymSource, KnownForms } from './types';
import type { UserAcronym } from '../user-dictionary/entries';

export type { AcronymSource } from './types';

export interface AcronymResolution {
  /** The dictionary key: shortFormKey of the form ("KT–XH" and "KT-XH" share one). */
  key: string;
  source: AcronymSource;
  /** The best expansion. */
  expansion: string;
  /** Other meanings, when the context did not decide between them (built-in ambiguous acronyms only). */
  alternatives: string[];
  /** A remark to show with the expansion: the user's note, or the dictionary's (2025 restructuring…). */
  note?: string;
}

/** The built-in dictionary as the resolver uses it; tests and the benchmark may pass their own. */
export interface BuiltinDictionary {
  has(short: string): boolean;
  resolve(
    short: string,
    context?: string,
    options?: { at?: number },
  ): { meanings: ReadonlyArray<{ long: string; note?: string }>; isDecided: boolean };
}

export const CORE_BUILTIN: BuiltinDictionary = { has: hasBuiltin, resolve: resolveBuiltin };

export interface ResolverInput {
  /** Definitions found in the article (findAcronymDefinitions), in text order. */
  page?: ReadonlyArray<{ short: string; long: string }>;
  user?: readonly UserAcronym[];
  builtin?: BuiltinDictionary;
}

interface CustomEntry {
  long: string;
  note?: string;
}

/** Words of a short form, split on spaces: the first one tells the tokenizer where a custom form may start. */
function firstWord(form: string): string {
  return form.split(' ')[0] ?? form;
}

export class AcronymResolver implements KnownForms {
  private readonly page = new Map<string, CustomEntry>();
  private readonly user = new Map<string, CustomEntry>();
  private readonly builtin: BuiltinDictionary;
  /**
   * First words of page and user forms that do not look like acronyms ("Tp" in "Tp HCM", "tp"): a token equal
   * to one may start a match although the tokenizer would pass it by. Usually empty, so the check is free.
   */
  private readonly customFirstWords = new Set<string>();
  /** Built-in resolutions that do not depend on the context (one meaning), by key. */
  private readonly unambiguous = new Map<string, AcronymResolution | null>();
  private readonly knownCache = new Map<string, AcronymSource | null>();
  /** shortFormKey per form as written: a page repeats the same few forms hundreds of times. */
  private readonly keys = new Map<string, string>();
  /** Page and user resolutions by key (they never depend on the context). */
  private readonly customResolved = new Map<string, AcronymResolution>();
  /** The meanings of ambiguous built-in acronyms without context, by key. */
  private readonly plainMeanings = new Map<string, ReadonlyArray<{ long: string; note?: string }>>();
  /** A fingerprint of the page and user entries: equal fingerprints resolve every form the same way. */
  readonly signature: string;

  constructor(input: ResolverInput = {}) {
    this.builtin = input.builtin ?? CORE_BUILTIN;
    // The first definition an article gives wins: later ones are usually the same words again.
    for (const def of input.page ?? []) this.add(this.page, def.short, { long: def.long.trim() });
    for (const entry of input.user ?? []) {
      this.add(this.user, entry.short, entry.note ? { long: entry.long.trim(), note: entry.note } : { long: entry.long.trim() });
    }
    const parts: string[] = [];
    for (const [key, entry] of this.page) parts.push(`p\u0000${key}\u0000${entry.long}`);
    for (const [key, entry] of this.user) parts.push(`u\u0000${key}\u0000${entry.long}\u0000${entry.note ?? ''}`);
    this.signature = parts.join('\u0001');
  }

  private add(map: Map<string, CustomEntry>, short: string, entry: CustomEntry): void {
    const key = shortFormKey(short);
    if (!key || !entry.long || map.has(key)) return;
    map.set(key, entry);
    const first = firstWord(key);
    if (!isAcronymShaped(first)) this.customFirstWords.add(first);
  }

  /** Some page or user form starts with a word that does not look like an acronym: every token is a candidate. */
  get hasUnshapedForms(): boolean {
    return this.customFirstWords.size > 0;
  }

  /** True when a token may begin a page or user form even though it does not look like an acronym. */
  startsCustomForm(token: string): boolean {
    if (this.customFirstWords.size === 0) return false;
    // Plain ASCII words are their own key; only others need the (slower) normalisation.
    return this.customFirstWords.has(/^[A-Za-z0-9]*$/.test(token) ? token : shortFormKey(token));
  }

  /** Which source knows this form (the one that wins), or null. */
  sourceOf(form: string): AcronymSource | null {
    const cached = this.knownCache.get(form);
    if (cached !== undefined) return cached;
    const key = shortFormKey(form);
    let source: AcronymSource | null = null;
    if (this.page.has(key)) source = 'page';
    else if (this.user.has(key)) source = 'user';
    else if (this.builtin.has(form)) source = 'builtin';
    this.knownCache.set(form, source);
    return source;
  }

  /**
   * The expansion of `form` at one occurrence. `context` is the text around it (its paragraph) and `at` the
   * offset of the occurrence in it; both matter only for ambiguous built-in acronyms.
   */
  resolve(form: string, context?: string, at?: number): AcronymResolution | null {
    let key = this.keys.get(form);
    if (key === undefined) {
      key = shortFormKey(form);
      this.keys.set(form, key);
    }
    const resolved = this.customResolved.get(key);
    if (resolved) return resolved;
    const custom = this.page.get(key) ?? this.user.get(key);
    if (custom) {
      const source: AcronymSource = this.page.has(key) ? 'page' : 'user';
      const resolution: AcronymResolution = { key, source, expansion: custom.long, alternatives: [], ...(custom.note ? { note: custom.note } : {}) };
      this.customResolved.set(key, resolution);
      return resolution;
    }
    const cached = this.unambiguous.get(key);
    if (cached !== undefined) return cached;
    let meanings = this.plainMeanings.get(key);
    if (!meanings) {
      const plain = this.builtin.resolve(form);
      if (plain.meanings.length === 0) {
        this.unambiguous.set(key, null);
        return null;
      }
      if (plain.meanings.length === 1) {
        const resolution = toResolution(key, plain.meanings, false);
        this.unambiguous.set(key, resolution);
        return resolution;
      }
      meanings = plain.meanings;
      this.plainMeanings.set(key, meanings);
    }
    if (context === undefined) return toResolution(key, meanings, false);
    const inContext = this.builtin.resolve(form, context, at === undefined ? undefined : { at });
    return toResolution(key, inContext.meanings.length > 0 ? inContext.meanings : meanings, inContext.isDecided);
  }
}

function toResolution(
  key: string,
  meanings: ReadonlyArray<{ long: string; note?: string }>,
  isDecided: boolean,
): AcronymResolution {
  const [best, ...rest] = meanings;
  const alternatives = isDecided ? [] : rest.map((m) => m.long);
  return {
    key,
    source: 'builtin',
    expansion: best?.long ?? '',
    alternatives: [...new Set(alternatives)].filter((long) => long !== best?.long),
    ...(best?.note ? { note: best.note } : {}),
  };
}
