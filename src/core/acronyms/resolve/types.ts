// Types shared by the resolver and the tokenizer (kept apart so that neither module imports the other's types).

export type AcronymSource = 'page' | 'user' | 'builtin';

/** What the tokenizer asks of a resolver: which source knows a form, and where a page or user form may start. */
export interface KnownForms {
  /** Which source knows this form (the one that wins), or null. */
  sourceOf(form: string): AcronymSource | null;
  /** True when a token may begin a page or user form even though it does not look like an acronym. */
  startsCustomForm(token: string): boolean;
  /** Some page or user form starts with a word that does not look like an acronym: every token is a candidate. */
  readonly hasUnshapedForms: boolean;
}
