// Builds the article model from a body element: finds the parts around it, splits the body into
// blocks, and refuses pages that are lists of other articles.

import { drainSteps, extractBodyBlocksSteps } from './blocks';
import { commonAncestor, compareDocumentOrder, selectorList } from './dom';
import type { PageMetadata } from './metadata';
import { findAuthor, findDate, findSapo, findTitle, headRegion, type FoundPart } from './parts';
import { collectText, stripDateline } from './text';
import type { ArticleModel, ArticleSource, Block, BlockKind, SiteSelectors } from './types';

/**
 * Least body text for an article found by a site or platform adapter: the adapter vouches for the
 * markup, so a short provincial notice (two sentences) still counts; an empty template does not.
 */
export const MIN_ADAPTER_BODY_CHARS = 100;
/** An adapter's body needs one paragraph: a notice of a single paragraph is still an article. */
export const MIN_ADAPTER_PARAGRAPHS = 1;
/**
 * Least body text for an article found by Readability alone. Readability happily returns a block of
 * a home page (the Kiên Giang home fixture's intro box has about 430 characters); the shortest saved
 * article, baodanang.vn's, has about 1,000.
 */
export const MIN_GENERIC_BODY_CHARS = 400;
/** Least paragraphs for a Readability article: one paragraph alone is an intro box, not a story. */
export const MIN_GENERIC_PARAGRAPHS = 2;
/** A block whose text is at least this share of link text is a link to another page (a teaser title). */
export const LINK_BLOCK_MIN_SHARE = 0.8;
/**
 * A body where this many blocks, and at least LIST_MAX_LINK_BLOCK_SHARE of them, are links is a list
 * of articles (home, category or search page). Articles carry one or two "see the decree" links.
 */
export const LIST_MIN_LINK_BLOCKS = 3;
export const LIST_MAX_LINK_BLOCK_SHARE = 0.25;
/**
 * A teaser title is a headline (the shortest in the list and search fixtures has 41 characters);
 * "Xem thêm", "Trang sau" and box labels are not.
 */
export const TEASER_MIN_CHARS = 20;

/** Kinds that count as body text when judging whether there is an article. */
const BODY_TEXT_KINDS: ReadonlySet<BlockKind> = new Set(['paragraph', 'list-item', 'table', 'heading']);

export interface BuildOptions {
  source: ArticleSource;
  siteId?: string;
  /** Site selectors (title, sapo…) to try before the metadata heuristics. */
  selectors?: Partial<SiteSelectors>;
  /** Readability layer: only these live elements may become body blocks. */
  kept?: ReadonlySet<Element>;
  /** Extra author names, e.g. Readability's byline. */
  bylines?: readonly string[];
  /** Readability layer: shrink the root to the blocks found. */
  tightenRoot?: boolean;
  minBodyChars: number;
  minParagraphs: number;
  /**
   * Platform and Readability layers: the title must come from a selector or match the page's
   * metadata. A home page's "Giới thiệu chung" box has a heading above it too, but not the page's title.
   */
  requireConfirmedTitle: boolean;
}

export function buildModel(doc: Document, root: Element, meta: PageMetadata, options: BuildOptions): ArticleModel | null {
  return drainSteps(buildModelSteps(doc, root, meta, options));
}

/** buildModel in steps (the body's walk yields, see extractBodyBlocksSteps). */
export function* buildModelSteps(doc: Document, root: Element, meta: PageMetadata, options: BuildOptions): Generator<void, ArticleModel | null> {
  const selectors = options.selectors ?? {};
  const title = findTitle(doc, selectors.title, root, meta);
  if (options.requireConfirmedTitle && !title?.confirmed) return null;
  const region = headRegion(root, title?.element ?? null);
  const sapo = notAroundRoot(findSapo(doc, selectors.sapo, region, meta, title?.element ?? null), root);
  const taken = new Set<Element>([title?.element, sapo?.element].filter((el): el is Element => !!el));
  const date = notAroundRoot(findDate(doc, selectors.date, region, root, taken), root);
  if (date) taken.add(date.element);
  const authorBySelector = notAroundRoot(findAuthor(doc, selectors.author, region, root, [], taken), root);
  if (authorBySelector) taken.add(authorBySelector.element);

  const body = yield* extractBodyBlocksSteps(root, {
    exclude: selectors.exclude ?? [],
    caption: selectorList(selectors.caption),
    claimed: taken,
    kept: options.kept,
  });
  // Without a site selector or a credit line closing the body, look for a name the metadata gives.
  let author = authorBySelector;
  if (!author && !body.some((block) => block.kind === 'author')) {
    const names = [...meta.authors, ...(options.bylines ?? [])].filter((name) => !looksLikeOrganisation(name, meta));
    const bodyElements = body.map((block) => block.element);
    author = notAroundRoot(findAuthor(doc, undefined, region, root, names, taken, bodyElements), root);
  }
  // The article starts at its title: anything a generous root holds above it (category, date,
  // share bar) is header furniture.
  const titleElement = title?.element;
  const content = titleElement ? body.filter((block) => compareDocumentOrder(titleElement, block.element) < 0) : body;
  if (!looksLikeArticle(content, options)) return null;

  let finalRoot = root;
  if (options.tightenRoot) {
    const bodyElements = content.filter((block) => BODY_TEXT_KINDS.has(block.kind)).map((block) => block.element);
    finalRoot = commonAncestor(bodyElements) ?? root;
  }
  // Readability keeps a list's summaries and drops its linked titles: judge the body element on all
  // it holds, not only on what Readability kept.
  if (options.kept && looksLikeList(yield* extractBodyBlocksSteps(finalRoot, { exclude: selectors.exclude ?? [], claimed: taken }))) {
    return null;
  }

  const blocks: Block[] = [...content];
  const titleBlock = title ? toBlock('title', title) : undefined;
  if (titleBlock) blocks.push(titleBlock);
  if (sapo) blocks.push(toBlock('sapo', sapo, stripDateline(sapo.text)));
  if (date) blocks.push(toBlock('dateline', date));
  if (author) blocks.push(toBlock('author', author));
  blocks.sort((a, b) => compareDocumentOrder(a.element, b.element));
  const firstParagraph = blocks.find((block) => block.kind === 'paragraph');
  if (firstParagraph) firstParagraph.text = stripDateline(firstParagraph.text);

  const model: ArticleModel = { root: finalRoot, blocks, source: options.source };
  if (titleBlock) model.title = titleBlock;
  if (options.siteId) model.siteId = options.siteId;
  return model;
}

/** Publishers in author fields ("Báo An Giang", "VnExpress", "baochinhphu.vn") are not bylines. */
const ORGANISATION_NAME = /^(?:báo|tạp chí|cổng thông tin|đài|trang tin|thông tấn|ban biên tập|tòa soạn)(?:\s|$)|\.(?:vn|com|net|org)\b|^https?:/i;

function looksLikeOrganisation(name: string, meta: PageMetadata): boolean {
  return ORGANISATION_NAME.test(name) || meta.siteNames.some((site) => site.toLowerCase() === name.toLowerCase());
}

function toBlock(kind: BlockKind, part: FoundPart, text = part.text): Block {
  return { kind, element: part.element, text };
}

/** A part that is the body itself or wraps it is a bad selector match, not a part. */
function notAroundRoot(part: FoundPart | null, root: Element): FoundPart | null {
  return part && !part.element.contains(root) ? part : null;
}

function looksLikeArticle(body: readonly Block[], options: BuildOptions): boolean {
  let bodyChars = 0;
  let paragraphs = 0;
  for (const block of body) {
    if (!BODY_TEXT_KINDS.has(block.kind)) continue;
    bodyChars += block.text.length;
    if (block.kind === 'paragraph') paragraphs++;
  }
  if (bodyChars < options.minBodyChars || paragraphs < options.minParagraphs) return false;
  return !looksLikeList(body);
}

/** Many blocks that are nothing but a link: teaser titles of a home, category or search page. */
function looksLikeList(body: readonly Block[]): boolean {
  let linkBlocks = 0;
  let textBlocks = 0;
  for (const block of body) {
    if (!BODY_TEXT_KINDS.has(block.kind)) continue;
    textBlocks++;
    if (block.text.length >= TEASER_MIN_CHARS && linkShare(block.element, block.text) >= LINK_BLOCK_MIN_SHARE) linkBlocks++;
  }
  return linkBlocks >= LIST_MIN_LINK_BLOCKS && linkBlocks / textBlocks >= LIST_MAX_LINK_BLOCK_SHARE;
}

/** Share of a block's text that is inside links (the block itself may be a link's child). */
function linkShare(element: Element, text: string): number {
  if (text.length === 0) return 0;
  if (element.closest('a')) return 1;
  let linkChars = 0;
  for (const link of Array.from(element.getElementsByTagName('a'))) linkChars += collectText(link).length;
  return Math.min(1, linkChars / text.length);
}
