// Which text of the page may be annotated: only text nodes of the article's blocks; never script, style, form
// fields, code, editable regions, the page's own <abbr title>, or anything of ours but our wrappers.
import type { ArticleModel } from '../../../core/index';
import { ABBR_ATTRIBUTE } from '../../../shared/acronyms-ui/tooltip';

/** Elements whose text is not prose, or belongs to the reader (form fields, editors). */
const FORBIDDEN_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON', 'CODE', 'KBD',
  'SAMP', 'PRE', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'DEDOC-ROOT',
]);

/** The answers for one run: may text under this element be annotated (no forbidden element on the way up)? */
export class TextScope {
  private readonly allowed = new Map<Element, boolean>();

  /** `isOurs`: our own wrappers, the only marked elements whose text stays in scope (for the re-check). */
  constructor(private readonly isOurs: (element: Element) => boolean) {}

  /**
   * Looked up once per element and run. Up the ancestors to the first known answer (or the top), then down again,
   * caching each: a loop, not recursion, as a page can nest its text 10,000 elements deep.
   */
  isAllowed(element: Element): boolean {
    const unknown: Element[] = [];
    let node: Element | null = element;
    let ok = true;
    while (node) {
      const known = this.allowed.get(node);
      if (known !== undefined) {
        ok = known;
        break;
      }
      unknown.push(node);
      node = node.parentElement;
    }
    for (let i = unknown.length - 1; i >= 0; i--) {
      const el = unknown[i]!;
      if (ok) ok = this.isAllowedItself(el);
      this.allowed.set(el, ok);
    }
    return ok;
  }

  /** Whether an element, apart from its ancestors, may hold our wrappers. */
  private isAllowedItself(element: Element): boolean {
    if (FORBIDDEN_TAGS.has(element.nodeName.toUpperCase())) return false;
    if (element.hasAttribute('contenteditable') && element.getAttribute('contenteditable') !== 'false') return false;
    if (element.hasAttribute(ABBR_ATTRIBUTE) && !this.isOurs(element)) return false;
    // The page's own <abbr title="…"> already explains itself.
    if ((element.localName === 'abbr' || element.localName === 'acronym') && element.hasAttribute('title')) return false;
    return true;
  }
}

/** The block elements of the article, minus the ones inside another block and the date line. */
export function topLevelElements(model: ArticleModel): Element[] {
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
