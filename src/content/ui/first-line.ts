// The box of the article's first line of text (the first line of its sapo or first paragraph, else of its first
// block): what the toolbar keeps clear of on a phone (root.ts keepClearOf). Reads layout; changes nothing.
import type { ArticleModel } from '../../core/index';

/** The block kinds that start the text the reader reads (not the date line or a photo caption). */
const TEXT_KINDS = new Set(['sapo', 'paragraph', 'list-item']);

export function firstLineRect(model: ArticleModel | null): DOMRect | null {
  if (!model) return null;
  const block = model.blocks.find((b) => TEXT_KINDS.has(b.kind) && b.text.trim() !== '') ?? model.blocks.find((b) => b.kind !== 'dateline');
  if (!block?.element.isConnected) return null;
  const doc = block.element.ownerDocument;
  const range = doc.createRange();
  range.selectNodeContents(block.element);
  // The first box of the text's first line (an empty leading box, e.g. of an empty span, has no height).
  for (const rect of range.getClientRects()) if (rect.height > 0 && rect.width > 0) return rect;
  return null;
}
