// Wraps every occurrence of a known acronym in the article's blocks in
// <abbr data-dedoc-acronym data-expansion="…" data-source="page|user|builtin" aria-description="…">, with the
// page's text unchanged, and puts the page back exactly as it was on restore().
//
// DOM-only on purpose (core + the document, no browser API), so the benchmark (scripts/bench/acronyms.ts) runs
// this very file in a plain page. How the page is kept intact:
// - Only text nodes of the article's blocks are touched; never script, style, form fields, code, editable
//   regions, the page's own <abbr title>, or anything of ours.
// - A split keeps the original Text node as the first piece (the page's references to it stay valid); every
//   node we insert after it is remembered, and restore() puts the text back into that node and removes ours.
// - Work is cut into slices of SLICE_MS that yield to the page, at most FRAME_SCRIPT_MS of them per rendered frame,
//   so no task (and no frame) comes near 50 ms.
import {
  ARTICLE_TEXT_KINDS,
  AcronymResolver,
  findAcronymDefinitions,
  mayHaveAcronyms,
  tokenizeAcronyms,
  type AcronymResolution,
  type ArticleModel,
  type BuiltinDictionary,
  type UserAcronym,
} from '../../../core/index';

/** Work per slice before yielding: well under the 50 ms long-task line; input and the page's tasks run between. */
export const SLICE_MS = 6;
/**
 * Our script time per rendered frame: two slices, then the page renders before the next. (A yield's continuation
 * may run before the page renders: chained slices made frames of 80 ms, four slices and the layout of their
 * writes, on a 50,000-word article.)
 */
const FRAME_SCRIPT_MS = 12;

export const ABBR_ATTRIBUTE = 'data-dedoc-acronym';

/** Characters on each side of an ambiguous acronym given to the dictionary as its context: a sentence or two. */
const CONTEXT_CHARS = 200;
/**
 * Text nodes split (or put back) per animation frame. The page's own rendering of our changes costs about
 * 0.1–0.5 ms per paragraph touched (it lays the paragraph out again): a thousand at once is a frame of several
 * hundred milliseconds on a long article, forty keep each frame short.
 */
const WRITES_PER_FRAME = 40;
/** The fewest writes per frame when the page renders slowly (an old computer, a heavy page). */
const MIN_WRITES_PER_FRAME = 5;
/**
 * A wait for the next frame longer than this means the page's rendering of our batch was slow: the next batch
 * is halved. A frame is 16.7 ms at 60 Hz, so a wait up to this includes rendering of a few milliseconds.
 */
const SLOW_FRAME_MS = 34;
/** A hidden tab gets no animation frames: go on after this long anyway. */
const FRAME_FALLBACK_MS = 50;

function nextFrame(doc: Document): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, FRAME_FALLBACK_MS);
    doc.defaultView?.requestAnimationFrame(() => {
      clearTimeout(timer);
      // After the frame's rendering, not before it.
      setTimeout(resolve, 0);
    });
  });
}

/** Elements whose text is not prose, or belongs to the reader (form fields, editors). */
const FORBIDDEN_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON', 'CODE', 'KBD',
  'SAMP', 'PRE', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'DEDOC-ROOT',
]);
/** Interactive ancestors: an occurrence inside them gets no tab stop of its own (the control already has one). */
const INTERACTIVE_ANCESTOR = 'a[href], button, label, summary, [tabindex], [contenteditable]:not([contenteditable="false"])';

export interface AbbrInfo {
  form: string;
  resolution: AcronymResolution;
  /** The resolver signature it was made with: a different one means it must be checked again. */
  signature: string;
}

export interface GlossaryEntry {
  form: string;
  resolution: AcronymResolution;
  count: number;
  /** The first occurrence in document order. */
  first: HTMLElement;
}

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
}

export class AbortedError extends Error {
  constructor() {
    super('aborted');
  }
}

/** Yields to the page: scheduler.yield() where it exists (Chrome 129+), else a message-channel task. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler && typeof scheduler.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    try {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(0);
    } catch {
      setTimeout(resolve, 0);
    }
  });
}

export class Annotator {
  /** Original text node → the nodes we inserted after it, in document order. */
  private readonly records = new Map<Text, Node[]>();
  /** Any piece we made (text or abbr) → its original text node. */
  private readonly owner = new WeakMap<Node, Text>();
  /** Our wrappers, kept in document order while isInOrder (insertion order is document order in a pass). */
  private abbrs = new Set<HTMLElement>();
  private isInOrder = true;
  private lastInserted: HTMLElement | null = null;
  private readonly info = new WeakMap<HTMLElement, AbbrInfo>();
  /** Text node → resolver signature it was last tokenized with. */
  private processed = new WeakMap<Text, string>();
  private readonly unknownByNode = new Map<Text, string[]>();
  private readonly focusable = new Set<HTMLElement>();
  private user: readonly UserAcronym[] = [];
  private resolver: AcronymResolver;
  private hasUnwrapped = false;
  private writesThisFrame = 0;
  /** Writes allowed per frame now: halved after a slow frame, grown back after quick ones (see paceAfter). */
  private writesPerFrame = WRITES_PER_FRAME;
  private isFrameCounting = false;
  /** Our script time since the page last rendered a frame: at most about one slice per frame (see checkpoint). */
  private scriptThisFrame = 0;
  /** Per run: may text under this element be annotated (no forbidden element on the way up)? */
  private allowed = new Map<Element, boolean>();
  /** A ready <abbr> per resolution and form, cloned for each occurrence (a clone is several times cheaper). */
  private templates = new WeakMap<AcronymResolution, Map<string, HTMLElement>>();

  private sliceStart = 0;
  private readonly sliceMs: number;
  private readonly yield: () => Promise<void>;
  private readonly nextFrame: () => Promise<void>;

  constructor(private readonly deps: AnnotatorDeps) {
    this.sliceMs = deps.sliceMs ?? SLICE_MS;
    this.yield = deps.yieldToPage ?? yieldToPage;
    this.nextFrame = deps.nextFrame ?? (() => nextFrame(deps.doc));
    this.resolver = this.makeResolver([]);
  }

  private makeResolver(page: ReadonlyArray<{ short: string; long: string }>): AcronymResolver {
    return new AcronymResolver({ page, user: this.user, ...(this.deps.builtin ? { builtin: this.deps.builtin } : {}) });
  }

  setUserEntries(entries: readonly UserAcronym[]): void {
    this.user = entries;
  }

  isOurs(element: Element): boolean {
    return this.abbrs.has(element as HTMLElement);
  }

  infoOf(element: Element): AbbrInfo | undefined {
    return this.info.get(element as HTMLElement);
  }

  get size(): number {
    return this.abbrs.size;
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
    this.sliceStart = performance.now();
    // findAcronymDefinitions over articleText(model), one block at a time: a definition never crosses a block
    // (the finder stops at line breaks), and per block the work can be sliced.
    const definitions: Array<{ short: string; long: string }> = [];
    const kinds = new Set(ARTICLE_TEXT_KINDS);
    for (const block of model.blocks) {
      // The finder works from each "(" of the text (a definition is "long (SHORT)" or "SHORT (long)"): a block
      // without one defines nothing, and skipping it saves most of the finder's time on a long article.
      if (!kinds.has(block.kind) || !block.text.includes('(')) continue;
      definitions.push(...findAcronymDefinitions(block.text));
      if (this.isDue(signal)) await this.checkpoint(signal);
    }
    this.resolver = this.makeResolver(definitions);
    this.allowed = new Map();
    const elements = topLevelElements(model);
    // A second pass only when the first took wrappers off (an entry left the user's dictionary): the plain text
    // they leave is tokenized again, as an unknown token or a shorter known form.
    for (let pass = 0; pass < 2; pass++) {
      this.hasUnwrapped = false;
      for (const element of elements) {
        if (!element.isConnected || !this.isAllowed(element)) continue;
        await this.annotateElement(element, signal);
      }
      if (!this.hasUnwrapped) break;
    }
    this.assignFocus();
  }

  /**
   * Paces DOM writes: counts one, and says whether WRITES_PER_FRAME are already done in this frame (then the
   * caller waits for the next one with waitForFrame, and the page renders in between). Synchronous: most writes
   * need no wait.
   */
  private mustWaitForFrame(): boolean {
    this.countFrames();
    return ++this.writesThisFrame > this.writesPerFrame;
  }

  /** The counts per frame (writes, script time) start again with each frame the page renders, whoever made it. */
  private countFrames(): void {
    if (this.isFrameCounting) return;
    this.isFrameCounting = true;
    this.deps.doc.defaultView?.requestAnimationFrame(() => {
      this.writesThisFrame = 0;
      this.scriptThisFrame = 0;
      this.isFrameCounting = false;
    });
  }

  private async waitForFrame(signal: AbortSignal): Promise<void> {
    await this.framePaced();
    if (signal.aborted) throw new AbortedError();
    this.writesThisFrame = 1;
    this.scriptThisFrame = 0;
    this.sliceStart = performance.now();
  }

  /**
   * Waits for the next frame and sets the size of the next batch from how long that took: the page's own cost
   * of rendering what we changed differs a hundredfold between a small portal page on a new computer and a
   * 50,000-word article on an old one, and a fixed batch is either slow on the first or janky on the second.
   */
  private async framePaced(): Promise<void> {
    const start = performance.now();
    await this.nextFrame();
    const waited = performance.now() - start;
    // A hidden tab renders no frames (the wait is the fallback timer): nothing to learn from it.
    if (this.deps.doc.hidden) return;
    if (waited > SLOW_FRAME_MS) this.writesPerFrame = Math.max(MIN_WRITES_PER_FRAME, Math.floor(this.writesPerFrame / 2));
    else if (waited < SLOW_FRAME_MS / 2) this.writesPerFrame = Math.min(WRITES_PER_FRAME, this.writesPerFrame + 5);
  }

  /** Is the slice used up (or the work aborted)? Checked without an await: most calls answer no. */
  private isDue(signal: AbortSignal): boolean {
    return signal.aborted || performance.now() - this.sliceStart >= this.sliceMs;
  }

  /**
   * Ends the slice when it is used up. The next one comes after a plain yield (input and other tasks of the page
   * run first) while this frame has had less than FRAME_SCRIPT_MS of ours, else after the page's next frame.
   */
  private async checkpoint(signal: AbortSignal): Promise<void> {
    if (signal.aborted) throw new AbortedError();
    const used = performance.now() - this.sliceStart;
    if (used < this.sliceMs) return;
    this.countFrames();
    this.scriptThisFrame += used;
    if (this.scriptThisFrame >= FRAME_SCRIPT_MS) {
      await this.nextFrame();
      this.scriptThisFrame = 0;
    } else {
      await this.yield();
    }
    if (signal.aborted) throw new AbortedError();
    this.sliceStart = performance.now();
  }

  /**
   * May the text under `element` be annotated? Not inside script, style, form fields, code, an editable region,
   * the page's own <abbr title> or anything of ours but our wrappers; looked up once per element and run.
   */
  private isAllowed(element: Element): boolean {
    const known = this.allowed.get(element);
    if (known !== undefined) return known;
    let ok = true;
    if (FORBIDDEN_TAGS.has(element.nodeName.toUpperCase())) ok = false;
    else if (element.hasAttribute('contenteditable') && element.getAttribute('contenteditable') !== 'false') ok = false;
    else if (element.hasAttribute(ABBR_ATTRIBUTE) && !this.abbrs.has(element as HTMLElement)) ok = false;
    // The page's own <abbr title="…"> already explains itself.
    else if ((element.localName === 'abbr' || element.localName === 'acronym') && element.hasAttribute('title')) ok = false;
    else if (element.parentElement) ok = this.isAllowed(element.parentElement);
    this.allowed.set(element, ok);
    return ok;
  }

  /**
   * The text nodes under `element` that may hold an acronym: a plain TreeWalker over text (no filter called per
   * node), one regular-expression test per node, and the ancestors checked only for the nodes that pass it.
   */
  private collectText(element: Element): Text[] {
    const walker = this.deps.doc.createTreeWalker(element, 0x4 /* SHOW_TEXT */);
    const resolver = this.resolver;
    const nodes: Text[] = [];
    const hasUnknown = this.unknownByNode.size > 0;
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const parent = node.parentNode;
      // Inside one of our wrappers: kept, for the re-check when the definitions or the user's entries changed.
      if (parent && this.abbrs.has(parent as HTMLElement)) {
        nodes.push(node);
        continue;
      }
      if (!mayHaveAcronyms(node.data, resolver)) {
        if (hasUnknown) this.unknownByNode.delete(node);
        continue;
      }
      if (parent && parent.nodeType === 1 && !this.isAllowed(parent as Element)) continue;
      nodes.push(node);
    }
    return nodes;
  }

  private async annotateElement(element: Element, signal: AbortSignal): Promise<void> {
    const resolver = this.resolver;
    const signature = resolver.signature;
    const nodes = this.collectText(element);
    if (nodes.length === 0) return;
    // The words around an occurrence pick the meaning of an ambiguous acronym ("Ủy viên BCT", "TT-BTC"): a window
    // of the block's text around it. The block's text and each text node's offset in it are read only when such an
    // acronym occurs (most blocks never need them); our splits keep the text, so the offsets hold all pass long.
    let blockText: string | null = null;
    let offsets: Map<Text, number> | null = null;
    const contextAt = (node: Text, start: number, length: number): { text: string; at: number | undefined } => {
      if (!offsets || !offsets.has(node)) {
        offsets = new Map();
        let total = 0;
        const walker = this.deps.doc.createTreeWalker(element, 0x4 /* SHOW_TEXT */);
        for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
          offsets.set(t, total);
          total += t.data.length;
        }
        blockText = element.textContent ?? '';
      }
      const text0 = blockText ?? '';
      const pos = (offsets.get(node) ?? 0) + start;
      const from = Math.max(0, pos - CONTEXT_CHARS);
      const raw = text0.slice(from, Math.min(text0.length, pos + length + CONTEXT_CHARS));
      const text = raw.normalize('NFC');
      // The offset stays right only when NFC did not change the length (pages are almost always NFC).
      return { text, at: text.length === raw.length ? pos - from : undefined };
    };
    const resolve = (form: string, node: Text, start: number): AcronymResolution | null => {
      const plain = resolver.resolve(form);
      if (!plain || plain.alternatives.length === 0) return plain;
      const { text, at } = contextAt(node, start, form.length);
      return resolver.resolve(form, text, at);
    };
    for (const node of nodes) {
      const parent = node.parentNode as HTMLElement | null;
      if (parent && this.abbrs.has(parent)) {
        const info = this.info.get(parent);
        if (info && info.signature !== signature) {
          if (this.mustWaitForFrame()) await this.waitForFrame(signal);
          this.recheck(parent, info, resolve(info.form, node, 0));
        }
        continue;
      }
      if (this.processed.get(node) === signature) continue;
      this.processed.set(node, signature);
      const { known, unknown } = tokenizeAcronyms(node.data, resolver);
      if (unknown.length > 0) this.unknownByNode.set(node, unknown.map((u) => u.form));
      else this.unknownByNode.delete(node);
      if (known.length > 0) {
        const resolved: Array<{ occurrence: (typeof known)[number]; resolution: AcronymResolution }> = [];
        for (const occurrence of known) {
          const resolution = resolve(occurrence.form, node, occurrence.start);
          if (resolution) resolved.push({ occurrence, resolution });
        }
        if (resolved.length > 0) {
          if (this.mustWaitForFrame()) await this.waitForFrame(signal);
          // Written at once (not batched to the end of the slice), so the slice's clock counts the DOM work too.
          this.deps.ignoreMutations(() => this.split(node, resolved, signature));
        }
      }
      // No await unless the slice is used up: an await per text node costs more than the check.
      if (this.isDue(signal)) await this.checkpoint(signal);
    }
  }

  private makeAbbr(form: string, resolution: AcronymResolution, signature: string): HTMLElement {
    let forms = this.templates.get(resolution);
    if (!forms) {
      forms = new Map();
      this.templates.set(resolution, forms);
    }
    let template = forms.get(form);
    if (!template) {
      template = this.deps.doc.createElement('abbr');
      template.setAttribute(ABBR_ATTRIBUTE, '');
      template.append(this.deps.doc.createTextNode(form));
      this.applyResolution(template, resolution);
      forms.set(form, template);
    }
    const abbr = template.cloneNode(true) as HTMLElement;
    this.abbrs.add(abbr);
    this.info.set(abbr, { form, resolution, signature });
    return abbr;
  }

  private applyResolution(abbr: HTMLElement, resolution: AcronymResolution): void {
    abbr.setAttribute('data-expansion', resolution.expansion);
    if (resolution.alternatives.length > 0) abbr.setAttribute('data-alternatives', resolution.alternatives.join(' | '));
    else abbr.removeAttribute('data-alternatives');
    abbr.setAttribute('data-source', resolution.source);
    abbr.setAttribute('aria-description', this.deps.describe(resolution));
  }

  /** Splits one text node around its occurrences; the node itself keeps the text before the first one. */
  private split(
    node: Text,
    resolved: Array<{ occurrence: { start: number; end: number; form: string }; resolution: AcronymResolution }>,
    signature: string,
  ): void {
    const data = node.data;
    // The page may have changed the text since it was read: then leave it for the next pass.
    const last = resolved[resolved.length - 1]!.occurrence;
    if (!node.parentNode || last.end > data.length || resolved.some((r) => data.slice(r.occurrence.start, r.occurrence.end) !== r.occurrence.form)) {
      this.processed.delete(node);
      return;
    }
    const doc = this.deps.doc;
    const inserted: Node[] = [];
    let cursor = resolved[0]!.occurrence.start;
    for (const { occurrence, resolution } of resolved) {
      if (occurrence.start > cursor) inserted.push(doc.createTextNode(data.slice(cursor, occurrence.start)));
      inserted.push(this.makeAbbr(occurrence.form, resolution, signature));
      cursor = occurrence.end;
    }
    if (cursor < data.length) inserted.push(doc.createTextNode(data.slice(cursor)));
    const original = this.owner.get(node) ?? node;
    const pieces = this.records.get(original) ?? [];
    const at = node === original ? 0 : pieces.indexOf(node) + 1;
    pieces.splice(at, 0, ...inserted);
    this.records.set(original, pieces);
    for (const piece of inserted) {
      this.owner.set(piece, original);
      if (piece.nodeType === 3) this.processed.set(piece as Text, signature);
    }
    node.data = data.slice(0, resolved[0]!.occurrence.start);
    // One insertion of all pieces: one mutation record instead of one per piece.
    node.after(...inserted);
    const abbrs = inserted.filter((n): n is HTMLElement => n.nodeType === 1);
    // Content that arrived earlier in the page than what we wrapped before breaks the order: sort later.
    if (this.isInOrder && this.lastInserted?.isConnected && !(this.lastInserted.compareDocumentPosition(abbrs[0]!) & 4)) {
      this.isInOrder = false;
    }
    this.lastInserted = abbrs[abbrs.length - 1]!;
  }

  /** An existing abbr after the definitions or the user's dictionary changed: update it, or unwrap it. */
  private recheck(abbr: HTMLElement, info: AbbrInfo, resolution: AcronymResolution | null): void {
    if (resolution && this.resolver.sourceOf(info.form)) {
      this.info.set(abbr, { form: info.form, resolution, signature: this.resolver.signature });
      this.deps.ignoreMutations(() => this.applyResolution(abbr, resolution));
      return;
    }
    this.deps.ignoreMutations(() => this.unwrap(abbr));
  }

  private unwrap(abbr: HTMLElement): void {
    const text = abbr.firstChild;
    const original = this.owner.get(abbr);
    this.abbrs.delete(abbr);
    this.focusable.delete(abbr);
    if (!text || text.nodeType !== 3 || !abbr.parentNode || !original) return;
    abbr.replaceWith(text);
    this.hasUnwrapped = true;
    const pieces = this.records.get(original);
    const index = pieces?.indexOf(abbr) ?? -1;
    if (pieces && index >= 0) pieces[index] = text;
    this.owner.set(text, original);
  }

  /** The first occurrence of each acronym (and meaning) is a tab stop; the others are reached by reading on. */
  private assignFocus(): void {
    const seen = new Set<string>();
    const wanted = new Set<HTMLElement>();
    for (const abbr of this.inDocumentOrder()) {
      const info = this.info.get(abbr);
      if (!info) continue;
      const group = `${info.resolution.key}\u0000${info.resolution.expansion}`;
      if (seen.has(group)) continue;
      if (abbr.parentElement?.closest(INTERACTIVE_ANCESTOR)) continue;
      seen.add(group);
      wanted.add(abbr);
    }
    this.deps.ignoreMutations(() => {
      for (const abbr of this.focusable) if (!wanted.has(abbr)) abbr.removeAttribute('tabindex');
      for (const abbr of wanted) if (!this.focusable.has(abbr)) abbr.setAttribute('tabindex', '0');
    });
    this.focusable.clear();
    for (const abbr of wanted) this.focusable.add(abbr);
  }

  private inDocumentOrder(): HTMLElement[] {
    if (!this.isInOrder) {
      const sorted = [...this.abbrs].sort((a, b) => (a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1));
      this.abbrs = new Set(sorted);
      this.isInOrder = true;
      this.lastInserted = sorted[sorted.length - 1] ?? null;
    }
    return [...this.abbrs].filter((a) => a.isConnected);
  }

  /** The article's acronyms, grouped by acronym and meaning, in order of first appearance. */
  glossary(): { entries: GlossaryEntry[]; unknown: string[] } {
    const groups = new Map<string, GlossaryEntry>();
    for (const abbr of this.inDocumentOrder()) {
      const info = this.info.get(abbr);
      if (!info) continue;
      const group = `${info.resolution.key}\u0000${info.resolution.expansion}`;
      const entry = groups.get(group);
      if (entry) entry.count++;
      else groups.set(group, { form: info.form, resolution: info.resolution, count: 1, first: abbr });
    }
    const knownKeys = new Set([...groups.values()].map((e) => e.resolution.key));
    const unknown = new Set<string>();
    for (const [node, forms] of this.unknownByNode) {
      if (!node.isConnected) {
        this.unknownByNode.delete(node);
        continue;
      }
      for (const form of forms) if (!knownKeys.has(form) && this.resolver.sourceOf(form) === null) unknown.add(form);
    }
    return { entries: [...groups.values()], unknown: [...unknown] };
  }

  /** The first occurrence of an acronym (by key), for the glossary's "show in the article". */
  firstOccurrence(key: string, expansion: string): HTMLElement | null {
    return this.glossary().entries.find((e) => e.resolution.key === key && e.resolution.expansion === expansion)?.first ?? null;
  }

  /** Is this all-caps token one the tokenizer found and nobody explains (for the "add" tooltip)? */
  isUnknownToken(node: Text, form: string): boolean {
    return this.unknownByNode.get(node)?.includes(form) ?? false;
  }

  /** Puts the page back exactly: each split text node gets its text back, every node we inserted goes. */
  restore(): void {
    this.deps.ignoreMutations(() => {
      for (const [original, pieces] of this.records) this.restoreRecord(original, pieces);
      for (const abbr of this.focusable) abbr.removeAttribute('tabindex');
    });
    this.clear();
  }

  /**
   * The same, spread over animation frames: putting back a thousand places at once is quick for us, but makes the
   * page lay the whole article out again in one long frame (over 100 ms for 50,000 words). A batch per frame
   * keeps each frame's layout small. Used when the feature is switched off; a new instance waits for it.
   */
  async restoreInSlices(): Promise<void> {
    const records = [...this.records];
    this.records.clear();
    // Putting back starts with a full batch (a page with few acronyms is back at once) and adapts from there.
    this.writesPerFrame = WRITES_PER_FRAME;
    for (let i = 0; i < records.length; ) {
      if (i > 0) await this.framePaced();
      const batch = records.slice(i, i + this.writesPerFrame);
      this.deps.ignoreMutations(() => {
        for (const [original, pieces] of batch) this.restoreRecord(original, pieces);
      });
      i += batch.length;
    }
    this.deps.ignoreMutations(() => {
      for (const abbr of this.focusable) abbr.removeAttribute('tabindex');
    });
    this.clear();
  }

  private restoreRecord(original: Text, pieces: Node[]): void {
    const parent = original.parentNode;
    if (parent && pieces.every((p) => p.parentNode === parent)) {
      original.data += pieces.map((p) => p.textContent ?? '').join('');
      for (const piece of pieces) parent.removeChild(piece);
      return;
    }
    // The page moved things around meanwhile: at least take our wrappers out, keeping their text.
    for (const piece of pieces) {
      if (this.abbrs.has(piece as HTMLElement) && piece.parentNode && piece.firstChild) {
        (piece as HTMLElement).replaceWith(piece.firstChild);
      }
    }
  }

  private clear(): void {
    this.records.clear();
    this.abbrs.clear();
    this.isInOrder = true;
    this.lastInserted = null;
    this.focusable.clear();
    this.unknownByNode.clear();
    this.processed = new WeakMap();
    this.allowed = new Map();
    this.templates = new WeakMap();
  }
}

/** The block elements of the article, minus the ones inside another block and the date line. */
function topLevelElements(model: ArticleModel): Element[] {
  // Blocks come in document order, so a block inside another directly follows it (or its other children).
  const kept: Element[] = [];
  let last: Element | null = null;
  for (const block of model.blocks) {
    if (block.kind === 'dateline') continue;
    const el = block.element;
    if (last && (last === el || last.contains(el))) continue;
    kept.push(el);
    last = el;
  }
  return kept;
}
