// Shapes of the built-in acronym dictionary. The data lives in builtin.ts; lookup.ts indexes it.

/** What kind of thing a meaning names; lets the glossary group entries and the tooltip pick an icon. */
export type BuiltinCategory =
  | 'party'
  | 'state-central'
  | 'state-local'
  | 'judiciary'
  | 'ministry'
  | 'department'
  | 'mass-org'
  | 'security'
  | 'doc-type'
  | 'doc-symbol'
  | 'title'
  | 'programme'
  | 'social'
  | 'finance'
  | 'enterprise'
  | 'index'
  | 'international'
  | 'media'
  | 'health'
  | 'education'
  | 'traffic'
  | 'place'
  | 'general';

/**
 * Why a meaning is no longer the current name of a body. Absent = current.
 * - merged: folded into another body (successor names it);
 * - renamed: same body, new name (successor is the new name);
 * - abolished: the level or body no longer exists;
 * - reorganised: replaced by differently shaped bodies, so there is no one successor;
 * - superseded: a document or term replaced by a newer one.
 */
export type BuiltinStatus = 'merged' | 'renamed' | 'abolished' | 'reorganised' | 'superseded';

/**
 * A context cue. A string is a word or phrase, matched on whole words against the context after NFC, lower-casing
 * and new-style tone placement ("uỷ" = "ủy"), with spaces collapsed and ignored around "-", "/" and "&"; diacritics
 * are kept, so "tỉnh" never matches "tính". A RegExp is tested against the original NFC text: for `before` anchor
 * it with `$`, for `after` with `^`. Never give a RegExp the g or y flag (lastIndex would leak between calls).
 */
export type ContextCue = string | RegExp;

/** Words around an occurrence that pick this meaning of an ambiguous acronym. */
export interface ContextRule {
  /** Ends right before the acronym ("Ủy viên" BCT, "TT-" BTC). Strong signal. */
  readonly before?: readonly ContextCue[];
  /** Starts right after the acronym (BTC "Tỉnh ủy", QL "1A"). Strong signal. */
  readonly after?: readonly ContextCue[];
  /** Anywhere in the context (topic words). Weak signal: one alone never decides. */
  readonly near?: readonly ContextCue[];
}

/** One meaning of one acronym. Several entries may share `short`: that acronym is ambiguous. */
export interface BuiltinEntry {
  /** The acronym as usually written, NFC, case as written (lookup is case-sensitive). */
  readonly short: string;
  /** The expansion, NFC, capitalised as in state documents (Nghị định 30/2020/NĐ-CP, Phụ lục II). */
  readonly long: string;
  readonly category: BuiltinCategory;
  /** Other established spellings that mean exactly this ("GD-ĐT", "GDĐT" for "GD&ĐT"). */
  readonly variants?: readonly string[];
  /** Vietnamese, shown in the tooltip: what changed (2025 restructuring) or what the meaning covers. */
  readonly note?: string;
  readonly status?: BuiltinStatus;
  /** When the status took effect: "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
  readonly since?: string;
  /** Vietnamese name of the body that carries on (for merged / renamed). */
  readonly successor?: string;
  /** Only for ambiguous acronyms: what nearby words pick this meaning. */
  readonly context?: ContextRule;
}

/** What a lookup returns: the entry without its matching machinery. */
export interface BuiltinMeaning {
  readonly short: string;
  readonly long: string;
  readonly category: BuiltinCategory;
  readonly note?: string;
  readonly status?: BuiltinStatus;
  readonly since?: string;
  readonly successor?: string;
}

export interface BuiltinResolution {
  /** Best first. One meaning when the context decided; all meanings (ordered by evidence) when it did not. */
  readonly meanings: BuiltinMeaning[];
  /** True when the acronym is ambiguous and the context picked one meaning. */
  readonly isDecided: boolean;
}

export interface LookupOptions {
  /**
   * UTF-16 offset of this occurrence inside `context`. Without it every occurrence of the acronym in the context
   * contributes its neighbouring words, which mixes evidence when a paragraph uses two meanings.
   */
  readonly at?: number;
}
