// What a previous copy of Dễ Đọc may have left in the page: after an update or reload Firefox puts a fresh copy into
// open tabs while the old copy's sandbox is dead and can clean nothing, and in Chrome the old copy may not have
// noticed yet. Boot takes it out before it starts, so the page has one toolbar and each acronym one wrapper.
// Only our own namespace is touched (the <dedoc-root> element, data-dedoc-* attributes: the page contract in
// README.md), and only at boot, before this copy added anything: no event a page can fire leads here.
// And only when a previous copy was really here: its <dedoc-root> carries our seal (seal.ts), which a page cannot
// make. A page's own <dedoc-root>s and data-dedoc-* attributes are its content: without a sealed root nothing is
// touched. (Known limit: after an update, on a page that also uses our names itself, its own acronym-like wrappers,
// article marks and <html> attributes in our namespace go with the old copy's: they cannot be told apart.)
// Kept: the marks of the early-paint scripts (the size attributes on <html>, data-dedoc-scale-target), which are
// set at document_start for the reader's settings and which the text-size feature takes over when it starts; when
// Dễ Đọc is off here, Runner.stop() removes the attributes on <html>.
import { PAGE_ATTRIBUTES, TARGET_ATTRIBUTE } from '../shared/settings/marks';
import { ARTICLE_ATTRIBUTE } from './article';
import { isSealed, type SealProof } from './seal';
import { ROOT_TAG } from './ui/root';

/** The acronym wrapper's mark (ABBR_ATTRIBUTE of shared/acronyms-ui/tooltip.ts, set by features/acronyms/wrappers.ts; not imported: boot must not carry the feature). */
export const STALE_ABBR_ATTRIBUTE = 'data-dedoc-acronym';
/** The fallback <style> of page highlights (ui/highlight.ts). */
export const STALE_STYLE_ATTRIBUTE = 'data-dedoc-highlight';

const EARLY_ATTRIBUTES = new Set<string>([...Object.values(PAGE_ATTRIBUTES), TARGET_ATTRIBUTE]);

/** Puts the wrapper's text back where it was, merged with the text pieces around it (one text node again). */
function unwrap(abbr: Element): void {
  const parent = abbr.parentNode;
  if (!parent) return;
  const text = abbr.textContent ?? '';
  const before = abbr.previousSibling;
  const after = abbr.nextSibling;
  if (before?.nodeType === 3) {
    let data = (before as Text).data + text;
    if (after?.nodeType === 3) {
      data += (after as Text).data;
      parent.removeChild(after);
    }
    (before as Text).data = data;
    parent.removeChild(abbr);
    return;
  }
  if (after?.nodeType === 3) {
    (after as Text).data = text + (after as Text).data;
    parent.removeChild(abbr);
    return;
  }
  parent.replaceChild(abbr.ownerDocument.createTextNode(text), abbr);
}

/**
 * Takes out what a previous copy left, if one was here (a root with our seal; `proof` null: no way to tell, so
 * nothing is touched); returns how many things it took out.
 */
export function cleanStaleState(doc: Document, proof: SealProof | null): number {
  if (!proof) return 0;
  const ours = [...doc.querySelectorAll(ROOT_TAG)].filter((root) => isSealed(root, proof));
  if (ours.length === 0) return 0;
  let count = 0;
  for (const root of ours) {
    root.remove();
    count++;
  }
  // Document order, so that each wrapper's text joins the text already put back before it.
  for (const abbr of doc.querySelectorAll(`abbr[${STALE_ABBR_ATTRIBUTE}]`)) {
    unwrap(abbr);
    count++;
  }
  for (const style of doc.querySelectorAll(`style[${STALE_STYLE_ATTRIBUTE}]`)) {
    style.remove();
    count++;
  }
  for (const element of doc.querySelectorAll(`[${ARTICLE_ATTRIBUTE}]`)) {
    element.removeAttribute(ARTICLE_ATTRIBUTE);
    count++;
  }
  const html = doc.documentElement;
  for (const name of html?.getAttributeNames() ?? []) {
    if (name.startsWith('data-dedoc-') && !EARLY_ATTRIBUTES.has(name)) {
      html.removeAttribute(name);
      count++;
    }
  }
  return count;
}
