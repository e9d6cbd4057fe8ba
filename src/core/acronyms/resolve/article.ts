// One acronym resolution per article: the definitions the article gives itself ("Ủy ban nhân dân (UBND)"), then the
// user's dictionary, then the built-in one. The tooltips, the summary's organisations and read-aloud all resolve
// through this, so an acronym means the same everywhere on the page.
import { ARTICLE_TEXT_KINDS } from '../../article/compare';
import { collectText } from '../../article/text';
import type { ArticleModel } from '../../article/types';
import { findAcronymDefinitions } from '../find/definitions';
import { AcronymResolver, type BuiltinDictionary } from './resolver';
import { tokenizeAcronyms } from './tokenize';
import type { UserAcronym } from '../user-dictionary/entries';

export interface Definition {
  short: string;
  long: string;
}

/**
 * Ancestors of a block asked whether they hide it: a page that nests a definition deeper than this in a hidden box
 * is not caught, and no page makes the walk up long (a block may sit 10,000 elements deep).
 */
const MAX_HIDDEN_ANCESTORS = 32;

export interface DefinitionOptions {
  /**
   * Whether an element's own style keeps its text from being drawn (display:none, visibility, opacity 0, an
   * "sr-only" clip …): the content script answers from computed styles, which core cannot read. Text the reader
   * does not see defines nothing, so a page cannot plant a meaning only we would read. Without it, the markup's
   * own hiding (hidden, aria-hidden, an inline display:none) is all that counts, as in block.text.
   */
  isHidden?: (element: Element) => boolean;
}

/**
 * The article's own definitions, one block at a time (a definition never crosses a block: the finder stops at line
 * breaks), as steps a caller can spread over several tasks; drained, the definitions in text order.
 */
export function* articleDefinitionSteps(model: ArticleModel, options: DefinitionOptions = {}): Generator<void, Definition[]> {
  const kinds = new Set(ARTICLE_TEXT_KINDS);
  const definitions: Definition[] = [];
  const isHidden = options.isHidden;
  const hiddenAncestor = new Map<Element, boolean>();
  const isInHiddenBox = (element: Element): boolean => {
    let node: Element | null = element;
    for (let depth = 0; node && depth < MAX_HIDDEN_ANCESTORS; depth++, node = node.parentElement) {
      let hidden = hiddenAncestor.get(node);
      if (hidden === undefined) {
        hidden = isHidden!(node);
        hiddenAncestor.set(node, hidden);
      }
      if (hidden) return true;
    }
    return false;
  };
  for (const block of model.blocks) {
    // The finder works from each "(" of the text (a definition is "long (SHORT)" or "SHORT (long)"): a block
    // without one defines nothing, and skipping it saves most of the finder's time on a long article.
    if (!kinds.has(block.kind) || !block.text.includes('(')) continue;
    let text = block.text;
    if (isHidden) {
      if (isInHiddenBox(block.element)) {
        yield;
        continue;
      }
      let isAnyHidden = false;
      const drawn = collectText(block.element, (element) => {
        const hidden = isHidden(element);
        if (hidden) isAnyHidden = true;
        return hidden;
      });
      // Nothing hidden: the block's own text (the model's, with its agency dateline taken off).
      if (isAnyHidden) text = drawn;
    }
    definitions.push(...findAcronymDefinitions(text));
    yield;
  }
  return definitions;
}

export function articleDefinitions(model: ArticleModel, options: DefinitionOptions = {}): Definition[] {
  const steps = articleDefinitionSteps(model, options);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** The resolver of an article: its definitions, the user's entries, the built-in dictionary. */
export function articleResolver(
  model: ArticleModel,
  user: readonly UserAcronym[] = [],
  builtin?: BuiltinDictionary,
  options: DefinitionOptions = {},
): AcronymResolver {
  return new AcronymResolver({ page: articleDefinitions(model, options), user, ...(builtin ? { builtin } : {}) });
}

/**
 * The acronyms of a text with the meaning each has there, for the forms whose meaning is decided: what read-aloud
 * says instead of spelling them (an ambiguous built-in acronym the words around it do not decide is left out).
 */
export function decidedAcronyms(text: string, resolver: AcronymResolver): Record<string, string> {
  const decided: Record<string, string> = {};
  for (const occurrence of tokenizeAcronyms(text, resolver).known) {
    const resolution = resolver.resolve(occurrence.form, text, occurrence.start);
    if (resolution && resolution.alternatives.length === 0 && !(occurrence.form in decided)) decided[occurrence.form] = resolution.expansion;
  }
  return decided;
}
