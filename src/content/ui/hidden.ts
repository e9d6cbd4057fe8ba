// Whether the page draws an element's text, judged from its computed style: what the definitions of an article are
// looked for in (core's articleDefinitionSteps asks it). A page could otherwise plant a meaning in text the reader
// never sees (a class with display:none, the "sr-only" clip, transparent or zero-size text) and make our tooltip
// and the screen reader say it. Only the element's own style is read: core walks the ancestors.

/** A box this small (CSS px) that clips its content shows nothing: the "visually hidden" pattern. */
const MAX_CLIPPED_BOX_PX = 1;

/** Zero alpha in a computed colour ("transparent", rgba(…, 0)), read without a regular expression. */
function isTransparent(color: string): boolean {
  if (color === 'transparent') return true;
  if (!color.startsWith('rgba(') && !color.startsWith('color(')) return false;
  const alpha = color.slice(color.lastIndexOf(color.includes('/') ? '/' : ',') + 1, -1).trim();
  return alpha !== '' && Number(alpha) === 0;
}

/** A computed clip or clip-path that leaves nothing of the box. */
function isClippedAway(style: CSSStyleDeclaration): boolean {
  const clip = style.clip.replace(/\s/g, '');
  if (clip === 'rect(0px,0px,0px,0px)' || clip === 'rect(0,0,0,0)' || clip === 'rect(1px,1px,1px,1px)') return true;
  const path = style.clipPath;
  return path === 'inset(50%)' || path.startsWith('circle(0px') || path.startsWith('circle(0%');
}

export function makeIsHidden(view: Window): (element: Element) => boolean {
  return (element) => {
    const style = view.getComputedStyle(element);
    if (style.display === 'none' || style.contentVisibility === 'hidden') return true;
    if (style.visibility === 'hidden' || style.visibility === 'collapse') return true;
    if (style.opacity !== '' && Number(style.opacity) === 0) return true;
    if (style.fontSize !== '' && parseFloat(style.fontSize) === 0) return true;
    if (isTransparent(style.color)) return true;
    if (style.position === 'absolute' || style.position === 'fixed') {
      if (isClippedAway(style)) return true;
      const isClipping = style.overflow !== 'visible' && style.overflow !== '';
      const width = parseFloat(style.width);
      const height = parseFloat(style.height);
      if (isClipping && (width <= MAX_CLIPPED_BOX_PX || height <= MAX_CLIPPED_BOX_PX)) return true;
    }
    return false;
  };
}
