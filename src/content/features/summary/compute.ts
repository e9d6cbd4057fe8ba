// From the article model to what the panel shows: the page's own lead (its sapo), the text the summarizer reads,
// and the key sentences for a length. Pure functions of the model (no page globals), unit-tested with happy-dom.
import { articleText, summarize, summaryPreparation, type ArticleModel, type Block, type BlockKind, type PreparedSummary } from '../../../core/index';
import type { SummaryLength } from '../../../shared/settings';
import { LENGTH_BUDGETS } from './lengths';

/**
 * Blocks the summary is chosen from: the body's prose. The title goes to summarize() as its own option, the sapo is
 * shown as the lead (a summary that repeated it would say nothing new), captions describe photos, tables are grids.
 */
export const SUMMARY_TEXT_KINDS: readonly BlockKind[] = ['heading', 'paragraph', 'list-item'];

/**
 * The page's sapo, when it has one. A sapo opens the article: a block marked "sapo" that comes after the body has
 * started, or that is also a photo caption, is not one (the generic detector can take an italic caption for a sapo,
 * as on the demo page), and showing a caption as "the article's lead" would mislead the reader.
 */
export function findLead(model: ArticleModel): Block | null {
  const captions = new Set(model.blocks.filter((b) => b.kind === 'caption').map((b) => b.element));
  for (const block of model.blocks) {
    if (block.kind === 'paragraph' || block.kind === 'list-item') return null;
    if (block.kind === 'sapo' && block.text.trim() !== '' && !captions.has(block.element)) return block;
  }
  return null;
}

/** The text summarize() reads: one block a line, sapo left out (see SUMMARY_TEXT_KINDS). */
export function summaryText(model: ArticleModel): string {
  return articleText(model, SUMMARY_TEXT_KINDS);
}

/** The live elements a summary sentence can be in, in reading order. */
export function summaryElements(model: ArticleModel): Element[] {
  const kinds = new Set(SUMMARY_TEXT_KINDS);
  return model.blocks.filter((b) => kinds.has(b.kind)).map((b) => b.element);
}

/** The key sentences of the article for a length: each exactly as in its text, in article order. */
export function summarizeArticle(model: ArticleModel, length: SummaryLength, text = summaryText(model)): string[] {
  const title = model.title?.text;
  return summarize(text, { ...LENGTH_BUDGETS[length], ...(title ? { title } : {}) });
}

/**
 * The summary's preparation for this article (its title included), as steps: drained and given a length's budget
 * (summarizePrepared), exactly summarizeArticle's sentences for that length.
 */
export function summaryPreparationOf(model: ArticleModel, text = summaryText(model)): Generator<void, PreparedSummary | null> {
  const title = model.title?.text;
  return summaryPreparation(text, title ? { title } : {});
}

