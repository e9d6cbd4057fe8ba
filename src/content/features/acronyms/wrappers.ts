// The acronym wrappers in the page, and how the page is put back: a split keeps the original Text node as the
// first piece (the page's references to it stay valid); every node we insert after it is remembered, and restoring
// puts the text back into that node and removes ours. The page's text stays exactly as it was: an expansion goes
// into attributes of its wrapper (data-expansion, aria-description), never into new text.
import type { AcronymResolution } from '../../../core/index';
import { ABBR_ATTRIBUTE } from '../../../shared/acronyms-ui/tooltip';
import type { SlicePacer } from '../../pacing';

export interface AbbrInfo {
  form: string;
  resolution: AcronymResolution;
  /** The resolver signature it was made with: a different one means it must be checked again. */
  signature: string;
}

/** One occurrence to wrap: where it stands in its text node, and what it means. */
export interface ResolvedOccurrence {
  occurrence: { start: number; end: number; form: string };
  resolution: AcronymResolution;
}

export class Wrappers {
  /** Original text node → the nodes we inserted after it, in document order. */
  private readonly records = new Map<Text, Node[]>();
  /** Any piece we made (text or abbr) → its original text node. */
  private readonly owner = new WeakMap<Node, Text>();
  /** Our wrappers, kept in document order while isInOrder (insertion order is document order in a pass). */
  private abbrs = new Set<HTMLElement>();
  private isInOrder = true;
  private lastInserted: HTMLElement | null = null;
  private readonly info = new WeakMap<HTMLElement, AbbrInfo>();
  /** A ready <abbr> per resolution and form, cloned for each occurrence (a clone is several times cheaper). */
  private templates = new WeakMap<AcronymResolution, Map<string, HTMLElement>>();

  constructor(
    private readonly doc: Document,
    /** The text screen readers hear for an occurrence (aria-description). */
    private readonly describe: (resolution: AcronymResolution) => string,
  ) {}

  has(element: Element): boolean {
    return this.abbrs.has(element as HTMLElement);
  }

  infoOf(element: Element): AbbrInfo | undefined {
    return this.info.get(element as HTMLElement);
  }

  get size(): number {
    return this.abbrs.size;
  }

  private makeAbbr(form: string, resolution: AcronymResolution, signature: string): HTMLElement {
    let forms = this.templates.get(resolution);
    if (!forms) {
      forms = new Map();
      this.templates.set(resolution, forms);
    }
    let template = forms.get(form);
    if (!template) {
      template = this.doc.createElement('abbr');
      template.setAttribute(ABBR_ATTRIBUTE, '');
      template.append(this.doc.createTextNode(form));
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
    abbr.setAttribute('aria-description', this.describe(resolution));
  }

  /** A wrapper's meaning after the definitions or the user's dictionary changed. */
  update(abbr: HTMLElement, info: AbbrInfo): void {
    this.info.set(abbr, info);
    this.applyResolution(abbr, info.resolution);
  }

  /**
   * Splits one text node around its occurrences; the node itself keeps the text before the first one. Returns the
   * text pieces it made, or null when the page changed the text since it was read (then it is left for the next pass).
   */
  split(node: Text, resolved: readonly ResolvedOccurrence[], signature: string): Text[] | null {
    const data = node.data;
    const last = resolved[resolved.length - 1]!.occurrence;
    if (!node.parentNode || last.end > data.length || resolved.some((r) => data.slice(r.occurrence.start, r.occurrence.end) !== r.occurrence.form)) {
      return null;
    }
    const doc = this.doc;
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
    const texts: Text[] = [];
    for (const piece of inserted) {
      this.owner.set(piece, original);
      if (piece.nodeType === 3) texts.push(piece as Text);
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
    return texts;
  }

  /** Takes a wrapper off, its text staying in place; true when its text is back in the page as plain text. */
  unwrap(abbr: HTMLElement): boolean {
    const text = abbr.firstChild;
    const original = this.owner.get(abbr);
    this.abbrs.delete(abbr);
    if (!text || text.nodeType !== 3 || !abbr.parentNode || !original) return false;
    abbr.replaceWith(text);
    const pieces = this.records.get(original);
    const index = pieces?.indexOf(abbr) ?? -1;
    if (pieces && index >= 0) pieces[index] = text;
    this.owner.set(text, original);
    return true;
  }

  /** Our wrappers still in the page, in document order. */
  inDocumentOrder(): HTMLElement[] {
    if (!this.isInOrder) {
      const sorted = [...this.abbrs].sort((a, b) => (a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1));
      this.abbrs = new Set(sorted);
      this.isInOrder = true;
      this.lastInserted = sorted[sorted.length - 1] ?? null;
    }
    return [...this.abbrs].filter((a) => a.isConnected);
  }

  /** Puts the page back exactly: each split text node gets its text back, every node we inserted goes. */
  restore(): void {
    for (const [original, pieces] of this.records) this.restoreRecord(original, pieces);
    this.clear();
  }

  /**
   * The same, spread over animation frames: putting back a thousand places at once is quick for us, but makes the
   * page lay the whole article out again in one long frame (over 100 ms for 50,000 words). A batch per frame
   * keeps each frame's layout small. `write` runs each batch (as our own mutation).
   */
  async restoreInSlices(pacer: SlicePacer, write: (change: () => void) => void): Promise<void> {
    const records = [...this.records];
    this.records.clear();
    // Putting back starts with a full batch (a page with few acronyms is back at once) and adapts from there.
    pacer.resetBatch();
    for (let i = 0; i < records.length; ) {
      if (i > 0) await pacer.framePaced();
      const batch = records.slice(i, i + pacer.batchSize);
      write(() => {
        for (const [original, pieces] of batch) this.restoreRecord(original, pieces);
      });
      i += batch.length;
    }
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

  clear(): void {
    this.records.clear();
    this.abbrs.clear();
    this.isInOrder = true;
    this.lastInserted = null;
    this.templates = new WeakMap();
  }
}
