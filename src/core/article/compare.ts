// Helpers for the content script around a detected article: has the page rebuilt it, and its text
// for the summarizer and the acronym finder.

import type { ArticleModel, BlockKind } from './types';

/**
 * True when `b` is the same article as `a` on the same nodes: same root, same blocks (element, kind,
 * text) and all still in the page. Pages that re-render their body (infinite scroll, "read more"
 * expansion, a framework re-mount) give a different answer, and features must re-attach.
 */
export function isSameArticle(a: ArticleModel | null, b: ArticleModel | null): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  if (a.root !== b.root || !a.root.isConnected) return false;
  if (a.blocks.length !== b.blocks.length) return false;
  for (let i = 0; i < a.blocks.length; i++) {
    const blockA = a.blocks[i]!;
    const blockB = b.blocks[i]!;
    if (blockA.element !== blockB.element || blockA.kind !== blockB.kind || blockA.text !== blockB.text) return false;
  }
  return true;
}

/** True while the root and every block element are still in the document. */
export function isArticleConnected(model: ArticleModel): boolean {
  return model.root.isConnected && model.blocks.every((block) => block.element.isConnected);
}

/**
 * What the summarizer and acronym finder read: date lines and author credits are left out, they are
 * neither content nor prose.
 */
export const ARTICLE_TEXT_KINDS: readonly BlockKind[] = [
  'title', 'sapo', 'heading', 'paragraph', 'list-item', 'table', 'caption',
];

/** The article's text, one block per line, in reading order. */
export function articleText(model: ArticleModel, kinds: readonly BlockKind[] = ARTICLE_TEXT_KINDS): string {
  const wanted = new Set(kinds);
  return model.blocks
    .filter((block) => wanted.has(block.kind))
    .map((block) => block.text)
    .join('\n');
}
