// Wraps every occurrence of a known acronym in the article's blocks in
// <abbr data-dedoc-acronym data-expansion="…" aria-description="…, theo bài viết">, with the page's text unchanged,
// and puts the page back exactly as it was on restore(). Where a meaning comes from (the article, the user's own
// dictionary, the built-in one) is kept in memory for our tooltip and glossary: the page gets no attribute it could
// query for the reader's own entries; the screen reader's description says it in words.
//
// DOM-only on purpose (core + the document, no browser API), so the benchmark (scripts/bench/acronyms.ts) runs
// this very file in a plain page. Its parts, one concept each:
// - scope.ts: which text may be touched (only the article's blocks; never forms, code, editors or the page's <abbr>);
// - context.ts: the block's text around an ambiguous acronym, which picks its meaning;
// - wrappers.ts: the wrappers, and how the page is put back (the original Text node stays the first piece);
// - occurrences.ts: tab stops and the glossary;
// - content/schedule.ts (SlicePacer): work cut into slices that yield to the page, and DOM writes paced per frame,
//   so no task (and no frame) comes near 50 ms.
import {
  AcronymResolver,
  articleDefinitionSteps,
  mayHaveAcronyms,
  tokenizeAcronyms,
  type AcronymResolution,
  type ArticleModel,
  type BuiltinDictionary,
  type Definition,
  type UserAcronym,
} from '../../../core/index';
import { AbortedError, SlicePacer } from '../../pacing';
import { makeIsHidden } from '../../ui/hidden';
import { resolverInBlock } from './context';
import { TabStops, UnknownTokens, glossaryEntries, type GlossaryEntry } from './occurrences';
import { TextScope, topLevelElements } from './scope';
import { Wrappers, type AbbrInfo, type ResolvedOccurrence } from './wrappers';

export type { AbbrInfo } from './wrappers';
export type { GlossaryEntry } from './occurrences';

export interface AnnotatorDeps {
  doc: Document;
  /** Runs our own DOM writes so that the article observer does not take them for the page changing. */
  ignoreMutations<T>(change: () => T): T;
  /** The text screen readers hear for an occurrence (aria-description). */
  describe(resolution: AcronymResolution): string;
  sliceMs?: number;
  yieldToPage?(): Promise<void>;
  /** Waits for the page's next rendered frame (tests and the benchmark may pass their own). */
  nextFrame?(): Promise<void>;
  /** The built-in dictionary (tests and the benchmark may pass their own). */
  builtin?: BuiltinDictionary;
  /** Whether the page draws an element's text (its own style); by default from computed styles (hidden.ts). */
  isHidden?(element: Element): boolean;
  /**
   * The article's resolution as the page shares it between features (content/ui/article-acronyms.ts); without it
   * the annotator makes its own from the article's definitions (tests, the benchmark).
   */
  resolverFor?(model: ArticleModel, user: readonly UserAcronym[]): AcronymResolver | null | Promise<AcronymResolver | null>;
}

export class Annotator {
  private readonly wrappers: Wrappers;
  private readonly tabStops = new TabStops();
  private readonly unknown = new UnknownTokens();
  /** Text node → resolver signature it was last tokenized with. */
  private processed = new WeakMap<Text, string>();
  private user: readonly UserAcronym[] = [];
  private resolver: AcronymResolver;
  private hasUnwrapped = false;
  private scope: TextScope;
  private readonly pacer: SlicePacer;

  constructor(private readonly deps: AnnotatorDeps) {
    this.wrappers = new Wrappers(deps.doc, (resolution) => deps.describe(resolution));
    this.scope = this.newScope();
    this.pacer = new SlicePacer(deps);
    this.resolver = this.makeResolver([]);
  }

  private newScope(): TextScope {
    return new TextScope((element) => this.wrappers.has(element));
  }

  private makeResolver(page: ReadonlyArray<{ short: string; long: string }>): AcronymResolver {
    return new AcronymResolver({ page, user: this.user, ...(this.deps.builtin ? { builtin: this.deps.builtin } : {}) });
  }

  setUserEntries(entries: readonly UserAcronym[]): void {
    this.user = entries;
  }

  isOurs(element: Element): boolean {
    return this.wrappers.has(element);
  }

  infoOf(element: Element): AbbrInfo | undefined {
    return this.wrappers.infoOf(element);
  }

  /** What an acronym means here, by the article's resolution (`context`: the text around it), or null. */
  explain(form: string, context?: string, at?: number): AcronymResolution | null {
    return this.resolver.resolve(form, context, at);
  }

  get size(): number {
    return this.wrappers.size;
  }

  /**
   * Annotates the article: definitions first (over the whole article, so a definition in the body also explains
   * the title), then every block. Running it again annotates only what is new; a change of the definitions or
   * of the user's dictionary re-checks what is already annotated.
   */
  async run(model: ArticleModel | null, signal: AbortSignal): Promise<void> {
    if (!model) {
      this.restore();
      return;
    }
    // (The shared resolution is made in slices of its own: waiting for it is not work of this slice.)
    const shared = await this.deps.resolverFor?.(model, this.user);
    if (signal.aborted) throw new AbortedError();
    this.pacer.startSlice();
    if (shared) this.resolver = shared;
    else {
      // The article's definitions, one block at a time, with a checkpoint between blocks.
      // Text the page does not draw defines nothing (a definition planted in a hidden box).
      const view = this.deps.doc.defaultView;
      const isHidden = this.deps.isHidden ?? (view ? makeIsHidden(view) : undefined);
      const steps = articleDefinitionSteps(model, isHidden ? { isHidden } : {});
      let definitions: Definition[] = [];
      for (;;) {
        const next = steps.next();
        if (next.done) {
          definitions = next.value;
          break;
        }
        if (this.pacer.isDue(signal)) await this.pacer.checkpoint(signal);
      }
      this.resolver = this.makeResolver(definitions);
    }
    this.scope = this.newScope();
    const elements = topLevelElements(model);
    // A second pass only when the first took wrappers off (an entry left the user's dictionary): the plain text
    // they leave is tokenized again, as an unknown token or a shorter known form.
    for (let pass = 0; pass < 2; pass++) {
      this.hasUnwrapped = false;
      for (const element of elements) {
        if (!element.isConnected || !this.scope.isAllowed(element)) continue;
        await this.annotateElement(element, signal);
      }
      if (!this.hasUnwrapped) break;
    }
    const inOrder = this.wrappers.inDocumentOrder();
    this.deps.ignoreMutations(() => this.tabStops.assign(inOrder, (abbr) => this.wrappers.infoOf(abbr)));
  }

  /**
   * The text nodes under `element` that may hold an acronym: a plain TreeWalker over text (no filter called per
   * node), one regular-expression test per node, and the ancestors checked only for the nodes that pass it.
   */
  private collectText(element: Element): Text[] {
    const walker = this.deps.doc.createTreeWalker(element, 0x4 /* SHOW_TEXT */);
    const resolver = this.resolver;
    const nodes: Text[] = [];
    const hasUnknown = !this.unknown.isEmpty;
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const parent = node.parentNode;
      // Inside one of our wrappers: kept, for the re-check when the definitions or the user's entries changed.
      if (parent && this.wrappers.has(parent as Element)) {
        nodes.push(node);
        continue;
      }
      if (!mayHaveAcronyms(node.data, resolver)) {
        if (hasUnknown) this.unknown.delete(node);
        continue;
      }
      if (parent && parent.nodeType === 1 && !this.scope.isAllowed(parent as Element)) continue;
      nodes.push(node);
    }
    return nodes;
  }

  private async annotateElement(element: Element, signal: AbortSignal): Promise<void> {
    const resolver = this.resolver;
    const signature = resolver.signature;
    const nodes = this.collectText(element);
    if (nodes.length === 0) return;
    const resolve = resolverInBlock(this.deps.doc, element, resolver);
    const pacer = this.pacer;
    for (const node of nodes) {
      const parent = node.parentNode as HTMLElement | null;
      if (parent && this.wrappers.has(parent)) {
        const info = this.wrappers.infoOf(parent);
        if (info && info.signature !== signature) {
          if (pacer.mustWaitForFrame()) await pacer.waitForFrame(signal);
          this.recheck(parent, info, resolve(info.form, node, 0));
        }
        continue;
      }
      if (this.processed.get(node) === signature) continue;
      this.processed.set(node, signature);
      const { known, unknown } = tokenizeAcronyms(node.data, resolver);
      this.unknown.set(node, unknown.map((u) => u.form));
      if (known.length > 0) {
        const resolved: ResolvedOccurrence[] = [];
        for (const occurrence of known) {
          const resolution = resolve(occurrence.form, node, occurrence.start);
          if (resolution) resolved.push({ occurrence, resolution });
        }
        if (resolved.length > 0) {
          if (pacer.mustWaitForFrame()) await pacer.waitForFrame(signal);
          // Written at once (not batched to the end of the slice), so the slice's clock counts the DOM work too.
          this.deps.ignoreMutations(() => this.wrap(node, resolved, signature));
        }
      }
      // No await unless the slice is used up: an await per text node costs more than the check.
      if (pacer.isDue(signal)) await pacer.checkpoint(signal);
    }
  }

  private wrap(node: Text, resolved: ResolvedOccurrence[], signature: string): void {
    const pieces = this.wrappers.split(node, resolved, signature);
    // The page changed the text since it was read: it is read again in the next pass.
    if (!pieces) {
      this.processed.delete(node);
      return;
    }
    for (const piece of pieces) this.processed.set(piece, signature);
  }

  /** An existing abbr after the definitions or the user's dictionary changed: update it, or unwrap it. */
  private recheck(abbr: HTMLElement, info: AbbrInfo, resolution: AcronymResolution | null): void {
    if (resolution && this.resolver.sourceOf(info.form)) {
      const updated = { form: info.form, resolution, signature: this.resolver.signature };
      this.deps.ignoreMutations(() => this.wrappers.update(abbr, updated));
      return;
    }
    this.tabStops.forget(abbr);
    if (this.deps.ignoreMutations(() => this.wrappers.unwrap(abbr))) this.hasUnwrapped = true;
  }

  /** The article's acronyms, grouped by acronym and meaning, in order of first appearance. */
  glossary(): { entries: GlossaryEntry[]; unknown: string[] } {
    const entries = glossaryEntries(this.wrappers.inDocumentOrder(), (abbr) => this.wrappers.infoOf(abbr));
    const knownKeys = new Set(entries.map((e) => e.resolution.key));
    const unknown = this.unknown.list(knownKeys, (form) => this.resolver.sourceOf(form) !== null);
    return { entries, unknown };
  }

  /** The first occurrence of an acronym (by key), for the glossary's "show in the article". */
  firstOccurrence(key: string, expansion: string): HTMLElement | null {
    return this.glossary().entries.find((e) => e.resolution.key === key && e.resolution.expansion === expansion)?.first ?? null;
  }

  /** Is this all-caps token one the tokenizer found and nobody explains (for the "add" tooltip)? */
  isUnknownToken(node: Text, form: string): boolean {
    return this.unknown.has(node, form);
  }

  /** Puts the page back exactly: each split text node gets its text back, every node we inserted goes. */
  restore(): void {
    this.deps.ignoreMutations(() => {
      this.wrappers.restore();
      this.tabStops.removeAll();
    });
    this.clear();
  }

  /**
   * The same, spread over animation frames (wrappers.ts): used when the feature is switched off; a new instance
   * waits for it.
   */
  async restoreInSlices(): Promise<void> {
    await this.wrappers.restoreInSlices(this.pacer, (change) => this.deps.ignoreMutations(change));
    this.deps.ignoreMutations(() => this.tabStops.removeAll());
    this.clear();
  }

  private clear(): void {
    this.wrappers.clear();
    this.tabStops.clear();
    this.unknown.clear();
    this.processed = new WeakMap();
    this.scope = this.newScope();
  }
}
