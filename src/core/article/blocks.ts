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
import { ELEMENT_NODE, TEXT_NODE, isHiddenElement, isSkippedTag, matchesSelector } from './dom';
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
  return new BodyWalker(root, options).run();
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

  run(): Block[] {
    this.measure(this.root);
    this.visitContainer(this.root);
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

  /** Post-order pass: visible text length, link text length, and whether a block element lies inside. */
  private measure(el: Element): Stats {
    let textLength = 0;
    let linkLength = 0;
    let hasBlockDescendant = false;
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        textLength += countVisibleChars((child as Text).data);
      } else if (child.nodeType === ELEMENT_NODE) {
        const childEl = child as Element;
        if (isSkippedTag(childEl)) continue;
        const childStats = this.measure(childEl);
        if (isHiddenElement(childEl)) continue;
        textLength += childStats.textLength;
        linkLength += childEl.localName === 'a' ? childStats.textLength : childStats.linkLength;
        if (childStats.hasBlockDescendant || BLOCK_TAGS.has(childEl.localName)) hasBlockDescendant = true;
      }
    }
    const stats = { textLength, linkLength, hasBlockDescendant };
    this.stats.set(el, stats);
    return stats;
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

  private visitContainer(container: Element): void {
    let run: Node[] = [];
    for (let child = container.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        run.push(child);
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
        this.flushRun(container, run);
        run = [];
        this.visitBlock(el);
      } else {
        run.push(el);
      }
    }
    this.flushRun(container, run);
  }

  private visitBlock(el: Element): void {
    if (this.claimed.has(el)) return;
    if (this.kept && !this.kept.has(el) && !this.keptAncestors.has(el)) return;
    if (this.isExcluded(el)) return;
    if (!this.claimedAncestors.has(el) && this.isBoilerplateBlock(el)) return;
    const tag = el.localName;
    if (tag === 'figure' && this.visitFigure(el)) return;
    if (tag === 'table' && this.visitTable(el)) return;
    if (this.claimedAncestors.has(el) || this.statsOf(el).hasBlockDescendant) {
      this.visitContainer(el);
      return;
    }
    this.emitLeaf(el);
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
  const visit = (node: Node, inside: boolean): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        const count = countVisibleChars((child as Text).data);
        total += count;
        if (inside) covered += count;
      } else if (child.nodeType === ELEMENT_NODE) {
        const childEl = child as Element;
        if (isSkippedTag(childEl) || isHiddenElement(childEl)) continue;
        visit(childEl, inside || tags.has(childEl.localName));
      }
    }
  };
  visit(el, tags.has(el.localName));
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
  const visit = (node: Node): boolean => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        parts.push((child as Text).data);
        length += (child as Text).data.length;
        // Enough to read a label such as "Tin liên quan".
        if (length > 80) return true;
      } else if (child.nodeType === ELEMENT_NODE && !isSkippedTag(child as Element)) {
        if (visit(child)) return true;
        parts.push(' ');
      }
    }
    return false;
  };
  visit(el);
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
  let result: boolean | null = null;
  const visit = (node: Node): void => {
    for (let child = node.firstChild; child && result === null; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        if (countVisibleChars((child as Text).data) > 0) result = false;
      } else if (child.nodeType === ELEMENT_NODE) {
        const childEl = child as Element;
        if (childEl.localName === 'img') result = true;
        else if (!isSkippedTag(childEl)) visit(childEl);
      }
    }
  };
  visit(el);
  return result === true;
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
