// Splits an article body into blocks: one per paragraph, heading, list item, table or caption, in
// document order, with boilerplate left out. One pass to measure text and links per element, one pass
// to emit blocks, so the cost stays linear in the size of the body (no textContent per element).

import {
  type AuthorShape,
  CONTAINER_MAX_LINK_DENSITY,
  LABELLED_BOX_MIN_LINK_DENSITY,
  hasBoilerplateClass,
  hasWordCharacter,
  isTrailerText,
  looksLikeCredit,
  startsWithRelatedLabel,
} from './boilerplate';
import { ELEMENT_NODE, TEXT_NODE, isHiddenElement, isSkippedTag, matchesSelector, walkDescendants } from './dom';
import { collectText, normalizeText } from './text';
import type { Block, BlockKind } from './types';

/** A caption is a sentence or two; longer italic text after a photo is a quotation, not a caption. */
export const CAPTION_MAX_CHARS = 400;
/** A paragraph that is entirely bold and no longer than this is a subheading ("Hạn chế xuất khẩu nhiên liệu"). */
export const BOLD_HEADING_MAX_CHARS = 160;
/** A photo-with-caption table (qdnd.vn, the cms-* platform) has the photo row, the caption row, at most a credit row. */
export const IMAGE_TABLE_MAX_ROWS = 3;
/** A table cell with this much text in a one- or two-column table means the table lays out prose. */
export const LAYOUT_CELL_MIN_CHARS = 300;
/** Credit lines are looked for among this many last blocks of the body ("QUỐC TRINH", then "Nguồn: …"). */
export const TRAILING_CREDIT_BLOCKS = 2;

/** Elements that start a new line of text: anything else continues the text around it. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot',
  'tr', 'td', 'th', 'caption', 'ul', 'zone',
]);

/** Block elements that never hold article text when found inside the body. */
const FURNITURE_TAGS = new Set(['nav', 'footer', 'form', 'dialog', 'menu', 'hr', 'zone']);

const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const CONTAINER_TAGS = new Set(['div', 'section', 'ul', 'ol', 'aside', 'table', 'dl', 'article', 'header', 'center', 'blockquote']);
const CAPTION_CLASS = /caption|chu-?thich|image-?desc|img-?desc|photo-?desc|desc-?img|imgcaption|pic-?desc/i;
const RIGHT_ALIGN = /text-align\s*:\s*right/i;

interface Stats {
  textLength: number;
  linkLength: number;
  hasBlockDescendant: boolean;
}

export interface BodyOptions {
  /** Site selectors for boilerplate inside the body. */
  exclude?: readonly string[];
  /** Site selectors for captions. */
  caption?: readonly string[];
  /** Elements handled elsewhere (title, sapo, author, date): skipped with their subtrees. */
  claimed?: ReadonlySet<Element>;
  /** For the Readability layer: only elements it kept are emitted. */
  kept?: ReadonlySet<Element>;
}

export function isBlockLevel(el: Element): boolean {
  return BLOCK_TAGS.has(el.localName);
}

export function extractBodyBlocks(root: Element, options: BodyOptions = {}): Block[] {
  return drainSteps(extractBodyBlocksSteps(root, options));
}

/**
 * The same, in steps: it yields after every WALK_STEP_NODES nodes it visits, so that a caller can spread a huge page
 * (100,000 nodes) over several tasks (content/article.ts). The page must not change between steps for the result to
 * be the page's; a caller that lets it change checks the result (isArticleConnected) and looks again.
 */
export function* extractBodyBlocksSteps(root: Element, options: BodyOptions = {}): Generator<void, Block[]> {
  return yield* new BodyWalker(root, options).run();
}

/** Nodes a walk visits between two yields: a few milliseconds of work on a slow computer. */
export const WALK_STEP_NODES = 500;

/** Runs stepped work to its end at once. */
export function drainSteps<T>(steps: Generator<void, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

class BodyWalker {
  private readonly stats = new Map<Element, Stats>();
  private readonly blocks: Block[] = [];
  private readonly exclude: readonly string[];
  private readonly captionSelectors: readonly string[];
  private readonly claimed: ReadonlySet<Element>;
  private readonly kept: ReadonlySet<Element> | undefined;
  /** Ancestors of kept elements: walked into even when not kept themselves. */
  private readonly keptAncestors = new Set<Element>();
  /** Ancestors of claimed elements: walked into so the rest of their content is not lost. */
  private readonly claimedAncestors = new Set<Element>();

  constructor(
    private readonly root: Element,
    options: BodyOptions,
  ) {
    this.exclude = options.exclude ?? [];
    this.captionSelectors = options.caption ?? [];
    this.claimed = options.claimed ?? new Set();
    this.kept = options.kept;
    if (this.kept) this.markAncestors(this.kept, this.keptAncestors);
    this.markAncestors(this.claimed, this.claimedAncestors);
  }

  *run(): Generator<void, Block[]> {
    yield* this.measure(this.root);
    yield* this.visitContainer(this.root);
    this.markTrailingCredits();
    return this.blocks;
  }

  private markAncestors(elements: ReadonlySet<Element>, into: Set<Element>): void {
    for (const el of elements) {
      // Parts outside the body (a title above it) have no ancestors the walk will meet.
      if (!this.root.contains(el)) continue;
      for (let node = el.parentElement; node && !into.has(node); node = node.parentElement) {
        into.add(node);
        if (node === this.root) break;
      }
    }
  }

  /**
   * Post-order pass: visible text length, link text length, and whether a block element lies inside. Without
   * recursion: a page's script can nest elements as deep as it likes (10,000 levels overflow the stack).
   */
  private *measure(root: Element): Generator<void, void> {
    const newStats = (): Stats => ({ textLength: 0, linkLength: 0, hasBlockDescendant: false });
    const stack: Array<{ el: Element; next: Node | null; stats: Stats }> = [{ el: root, next: root.firstChild, stats: newStats() }];
    let visited = 0;
    while (stack.length > 0) {
      if (++visited % WALK_STEP_NODES === 0) yield;
      const frame = stack[stack.length - 1]!;
      const child = frame.next;
      if (child) {
        frame.next = child.nextSibling;
        if (child.nodeType === TEXT_NODE) frame.stats.textLength += countVisibleChars((child as Text).data);
        else if (child.nodeType === ELEMENT_NODE && !isSkippedTag(child as Element)) {
          stack.push({ el: child as Element, next: child.firstChild, stats: newStats() });
        }
        continue;
      }
      // All children measured: this element's stats are final, and count towards its parent's.
      stack.pop();
      const { el, stats } = frame;
      this.stats.set(el, stats);
      const parent = stack[stack.length - 1];
      if (!parent || isHiddenElement(el)) continue;
      parent.stats.textLength += stats.textLength;
      parent.stats.linkLength += el.localName === 'a' ? stats.textLength : stats.linkLength;
      if (stats.hasBlockDescendant || BLOCK_TAGS.has(el.localName)) parent.stats.hasBlockDescendant = true;
    }
  }

  private statsOf(el: Element): Stats {
    return this.stats.get(el) ?? { textLength: 0, linkLength: 0, hasBlockDescendant: false };
  }

  private isExcluded(el: Element): boolean {
    if (isSkippedTag(el) || isHiddenElement(el)) return true;
    for (const selector of this.exclude) if (matchesSelector(el, selector)) return true;
    return false;
  }

  /** Block-level boilerplate: furniture tags, boilerplate classes, link lists, labelled related boxes. */
  private isBoilerplateBlock(el: Element): boolean {
    const tag = el.localName;
    if (FURNITURE_TAGS.has(tag)) return true;
    if (hasBoilerplateClass(el)) return true;
    const stats = this.statsOf(el);
    if (stats.textLength === 0) return false;
    const density = stats.linkLength / stats.textLength;
    if (CONTAINER_TAGS.has(tag) && density > CONTAINER_MAX_LINK_DENSITY) return true;
    if (stats.hasBlockDescendant && density >= LABELLED_BOX_MIN_LINK_DENSITY) {
      const firstText = normalizeText(firstTextOf(el));
      if (startsWithRelatedLabel(firstText)) return true;
    }
    return false;
  }

  /**
   * Walks a container's children in document order: runs of inline content become blocks, block children are visited
   * (walked into when they hold blocks themselves). Without recursion, for the same reason as measure().
   */
  private *visitContainer(top: Element): Generator<void, void> {
    const stack: Array<{ container: Element; next: Node | null; run: Node[] }> = [{ container: top, next: top.firstChild, run: [] }];
    let visited = 0;
    while (stack.length > 0) {
      if (++visited % WALK_STEP_NODES === 0) yield;
      const frame = stack[stack.length - 1]!;
      const child = frame.next;
      if (!child) {
        this.flushRun(frame.container, frame.run);
        stack.pop();
        continue;
      }
      frame.next = child.nextSibling;
      if (child.nodeType === TEXT_NODE) {
        frame.run.push(child);
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const el = child as Element;
      if (isSkippedTag(el) || isHiddenElement(el)) continue;
      if (
        BLOCK_TAGS.has(el.localName) ||
        this.statsOf(el).hasBlockDescendant ||
        this.claimed.has(el) ||
        this.claimedAncestors.has(el)
      ) {
        this.flushRun(frame.container, frame.run);
        frame.run = [];
        if (this.visitBlock(el)) stack.push({ container: el, next: el.firstChild, run: [] });
      } else {
        frame.run.push(el);
      }
    }
  }

  /** Emits a block element (or skips it); true when it is a container to walk into instead. */
  private visitBlock(el: Element): boolean {
    if (this.claimed.has(el)) return false;
    if (this.kept && !this.kept.has(el) && !this.keptAncestors.has(el)) return false;
    if (this.isExcluded(el)) return false;
    if (!this.claimedAncestors.has(el) && this.isBoilerplateBlock(el)) return false;
    const tag = el.localName;
    if (tag === 'figure' && this.visitFigure(el)) return false;
    if (tag === 'table' && this.visitTable(el)) return false;
    if (this.claimedAncestors.has(el) || this.statsOf(el).hasBlockDescendant) return true;
    this.emitLeaf(el);
    return false;
  }

  /** A figure with a caption yields the caption; the photo has no text to read. */
  private visitFigure(figure: Element): boolean {
    const captions = Array.from(figure.getElementsByTagName('figcaption'));
    if (captions.length === 0) return false;
    for (const caption of captions) {
      if (this.isExcluded(caption) || (this.kept && !this.kept.has(caption) && !this.keptAncestors.has(caption))) continue;
      this.push('caption', caption, this.textOf(caption));
    }
    return true;
  }

  /**
   * Tables are photo frames (photo row + caption row), data tables (one block, read row by row),
   * or layout tables around prose (walked into like any container).
   */
  private visitTable(table: Element): boolean {
    const rows = Array.from(table.getElementsByTagName('tr')).filter((row) => closestTable(row) === table);
    if (rows.length === 0) return false;
    const hasNestedTable = table.getElementsByTagName('table').length > 0;
    if (hasNestedTable) return false;
    const stats = this.statsOf(table);
    const hasImage = table.getElementsByTagName('img').length > 0;
    if (hasImage && rows.length <= IMAGE_TABLE_MAX_ROWS && stats.textLength <= CAPTION_MAX_CHARS) {
      for (const row of rows) {
        for (const cell of Array.from(row.children)) {
          if (cell.localName !== 'td' && cell.localName !== 'th') continue;
          if (this.statsOf(cell).textLength === 0 || this.isExcluded(cell)) continue;
          this.push('caption', cell, this.textOf(cell));
        }
      }
      return true;
    }
    let maxColumns = 0;
    let longestCell = 0;
    for (const row of rows) {
      let columns = 0;
      for (const cell of Array.from(row.children)) {
        if (cell.localName !== 'td' && cell.localName !== 'th') continue;
        columns++;
        longestCell = Math.max(longestCell, this.statsOf(cell).textLength);
      }
      maxColumns = Math.max(maxColumns, columns);
    }
    if (maxColumns <= 2 && longestCell >= LAYOUT_CELL_MIN_CHARS) return false;
    const text = rows
      .map((row) =>
        Array.from(row.children)
          .filter((cell) => cell.localName === 'td' || cell.localName === 'th')
          .map((cell) => this.textOf(cell))
          .filter(Boolean)
          .join(', '),
      )
      .filter(Boolean)
      .join('; ');
    this.push('table', table, text);
    return true;
  }

  private emitLeaf(el: Element): void {
    const text = this.textOf(el);
    if (!text) return;
    this.push(this.kindOf(el, text), el, text);
  }

  /** Inline content sitting directly in a container (text beside <br>s, SharePoint-style) becomes a paragraph. */
  private flushRun(container: Element, run: Node[]): void {
    if (run.length === 0) return;
    if (this.kept && !this.kept.has(container)) return;
    const parts: string[] = [];
    for (const node of run) {
      if (node.nodeType === TEXT_NODE) parts.push((node as Text).data);
      else if (node.nodeType === ELEMENT_NODE) {
        const el = node as Element;
        if (this.isExcluded(el)) continue;
        parts.push(el.localName === 'br' ? ' ' : collectText(el, (inner) => this.isExcluded(inner)));
      }
    }
    const text = normalizeText(parts.join(''));
    if (text) this.push('paragraph', container, text);
  }

  private textOf(el: Element): string {
    return collectText(el, (inner) => this.isExcluded(inner));
  }

  private kindOf(el: Element, text: string): BlockKind {
    const tag = el.localName;
    if (HEADING_TAGS.has(tag)) return 'heading';
    if (tag === 'li') return 'list-item';
    if (this.isCaption(el, text)) return 'caption';
    if (text.length <= BOLD_HEADING_MAX_CHARS && !/[.?!;:,…]$/.test(text) && emphasisCoverage(el, STRONG_TAGS) === 1) {
      return 'heading';
    }
    return 'paragraph';
  }

  private isCaption(el: Element, text: string): boolean {
    for (const selector of this.captionSelectors) if (matchesSelector(el, selector)) return true;
    for (let node: Element | null = el; node && node !== this.root; node = node.parentElement) {
      if (node.localName === 'figcaption' || CAPTION_CLASS.test(node.getAttribute('class') ?? '')) return true;
    }
    if (text.length > CAPTION_MAX_CHARS) return false;
    // The rich-text editors of portals put the photo in one paragraph and its caption, in italics, in
    // the next (or after the photo in the same one).
    if (emphasisCoverage(el, ITALIC_TAGS) < 1) return false;
    return containsImageBeforeText(el) || isImageOnly(el.previousElementSibling);
  }

  private push(kind: BlockKind, element: Element, text: string): void {
    if (!text || !hasWordCharacter(text)) return;
    if (kind !== 'caption' && isTrailerText(text)) return;
    this.blocks.push({ kind, element, text });
  }

  /** The last lines of a body are often the reporter's name or the source: mark them as author. */
  private markTrailingCredits(): void {
    for (let i = this.blocks.length - 1, seen = 0; i >= 0 && seen < TRAILING_CREDIT_BLOCKS; i--, seen++) {
      const block = this.blocks[i]!;
      if (block.kind !== 'paragraph' && block.kind !== 'heading') break;
      if (!looksLikeCredit(authorShape(block.element, block.text, this.root))) break;
      block.kind = 'author';
    }
  }
}

const STRONG_TAGS = new Set(['b', 'strong']);
const ITALIC_TAGS = new Set(['i', 'em']);
const EMPHASIS_TAGS = new Set(['b', 'strong', 'i', 'em']);

/** Share (0–1) of an element's visible letters that sit inside the given inline tags. */
function emphasisCoverage(el: Element, tags: ReadonlySet<string>): number {
  let total = 0;
  let covered = 0;
  /** Entered elements of `tags` around the current node (the element itself counts too). */
  let inside = tags.has(el.localName) ? 1 : 0;
  walkDescendants(
    el,
    (node) => {
      if (node.nodeType === TEXT_NODE) {
        const count = countVisibleChars((node as Text).data);
        total += count;
        if (inside > 0) covered += count;
        return false;
      }
      if (node.nodeType !== ELEMENT_NODE) return false;
      const childEl = node as Element;
      if (isSkippedTag(childEl) || isHiddenElement(childEl)) return false;
      if (tags.has(childEl.localName)) inside++;
      return true;
    },
    (left) => {
      if (tags.has(left.localName)) inside--;
    },
  );
  return total === 0 ? 0 : covered / total;
}

function countVisibleChars(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Space, tab, newline, carriage return, no-break space: not content.
    if (code !== 32 && code !== 9 && code !== 10 && code !== 13 && code !== 160) count++;
  }
  return count;
}

function firstTextOf(el: Element): string {
  const parts: string[] = [];
  let length = 0;
  walkDescendants(
    el,
    (node) => {
      if (node.nodeType === TEXT_NODE) {
        parts.push((node as Text).data);
        length += (node as Text).data.length;
        // Enough to read a label such as "Tin liên quan".
        return length > 80 ? 'stop' : false;
      }
      return node.nodeType === ELEMENT_NODE && !isSkippedTag(node as Element);
    },
    () => void parts.push(' '),
  );
  return parts.join('');
}

function closestTable(el: Element): Element | null {
  for (let node = el.parentElement; node; node = node.parentElement) if (node.localName === 'table') return node;
  return null;
}

function isImageOnly(el: Element | null): boolean {
  if (!el) return false;
  if (el.localName === 'img') return true;
  if (el.getElementsByTagName('img').length === 0) return false;
  return normalizeText(el.textContent ?? '') === '';
}

/** True when a photo comes before any text inside the element (photo and caption in one paragraph). */
function containsImageBeforeText(el: Element): boolean {
  let result = false;
  walkDescendants(el, (node) => {
    if (node.nodeType === TEXT_NODE) return countVisibleChars((node as Text).data) > 0 ? 'stop' : false;
    if (node.nodeType !== ELEMENT_NODE) return false;
    const childEl = node as Element;
    if (childEl.localName === 'img') {
      result = true;
      return 'stop';
    }
    return !isSkippedTag(childEl);
  });
  return result;
}

/** Alignment and classes of the block and its wrapper (when the wrapper is not the body itself). */
function authorShape(el: Element, text: string, root: Element): AuthorShape {
  const nodes = el.parentElement && el.parentElement !== root ? [el, el.parentElement] : [el];
  let isRightAligned = false;
  let className = '';
  for (const node of nodes) {
    const style = node.getAttribute('style') ?? '';
    if (RIGHT_ALIGN.test(style) || (node.getAttribute('align') ?? '').toLowerCase() === 'right') isRightAligned = true;
    className += ' ' + (node.getAttribute('class') ?? '');
  }
  return { text, isRightAligned, isEmphasised: emphasisCoverage(el, EMPHASIS_TAGS) === 1, className };
}
