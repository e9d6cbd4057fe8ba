// The acronym tooltip, drawn in a shadow root next to the occurrence: <dedoc-root>'s on a page, the sample's on the
// welcome page (so the reader tries the very tooltip they will meet). WCAG 1.4.13 (content on hover or focus): it
// opens on hover and on keyboard focus; the pointer can move onto it and it stays; Esc dismisses it without moving
// focus; it never closes on a timer while hovered or focused. A tap or a click opens it too, and it then stays until
// a tap or click elsewhere (or Esc): phones have no hover. The reader may ask for "tap or click only" (openOn), for a
// pointer that wanders over the text. It floats (position: fixed), so the page's layout never shifts. Over an
// all-caps token nobody explains, it offers to add it to the user's dictionary (the keyboard path to the same form
// is the glossary).
import type { AcronymResolution } from '../../core/index';
import { t, uiLanguage } from '../i18n';
import type { TooltipOpening } from '../settings/schema';
import { onTrusted } from '../trusted-events';
import { buildAddForm } from './add-form';

/** The attribute of our wrappers: <abbr data-dedoc-acronym> (the page contract in README.md). */
export const ABBR_ATTRIBUTE = 'data-dedoc-acronym';

/** Hover intent: a pointer just crossing the text on its way elsewhere does not pop anything up. */
const OPEN_DELAY_MS = 120;
/** Time to travel from the occurrence to the tooltip across the gap before it closes (hoverable, 1.4.13). */
const CLOSE_DELAY_MS = 400;
/** Space between the occurrence and the tooltip. */
const GAP_PX = 6;
const EDGE_PX = 8;
/**
 * A focus counts as the reader's when it comes this soon after their own key press or pointer press (it comes in the
 * same task for Tab and a click; a tap's focus follows its pointerup). The browser also fires trusted focus events
 * for a page's abbr.focus(): those open nothing.
 */
const READER_FOCUS_MS = 500;
/** Keys that move the keyboard focus. */
const FOCUS_KEYS = new Set(['Tab', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown']);

// Same shape as the tokenizer's tokens: letters, marks and digits joined by acronym connectors.
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[-&/.\u2010-\u2015\u2212\uFF06][\p{L}\p{M}\p{N}]+)*/gu;

type Anchor =
  | { kind: 'abbr'; element: HTMLElement }
  | { kind: 'unknown'; range: Range; form: string }
  /** Text the reader selected and asked about (the context menu): explained, though not one of our wrappers. */
  | { kind: 'range'; range: Range; info: AcronymInfo };

type Reason = 'hover' | 'focus' | 'click';

/** What the tooltip shows for an occurrence. */
export interface AcronymInfo {
  form: string;
  resolution: AcronymResolution;
}

/** Where the tooltip learns which elements are our wrappers and what they mean (the page's annotator). */
export interface TooltipAnnotations {
  isOurs(element: Element): boolean;
  infoOf(element: Element): AcronymInfo | undefined;
  /** Is this all-caps token of this text node one nobody explains (the "add" offer)? */
  isUnknownToken(node: Text, form: string): boolean;
}

export interface TooltipDeps {
  doc: Document;
  shadow: ShadowRoot;
  annotator: TooltipAnnotations;
  signal: AbortSignal;
  /** The font size for our UI near this element: the reader's text size. */
  fontPx(near: Element | null): number;
  save(short: string, long: string): Promise<void>;
  /** Whether hovering opens it ('hover', the default) or only a tap, a click or keyboard focus ('click'). */
  openOn?(): TooltipOpening;
}

export function sourceLabel(source: AcronymResolution['source']): string {
  return source === 'page' ? t('acronyms_sourcePage') : source === 'user' ? t('acronyms_sourceUser') : t('acronyms_sourceBuiltin');
}

export class AcronymTooltip {
  readonly element: HTMLElement;
  private anchor: Anchor | null = null;
  private reasons = new Set<Reason>();
  private isTipHovered = false;
  private isPinned = false;
  private openTimer: ReturnType<typeof setTimeout> | undefined;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  private pendingHover: HTMLElement | null = null;
  private frame = 0;
  private lastPoint: { x: number; y: number } | null = null;
  private formController: AbortController | null = null;
  /** When the reader last pressed a focus-moving key or the pointer (performance.now()). */
  private readerInputAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly deps: TooltipDeps) {
    const { doc, shadow, signal } = deps;
    this.element = doc.createElement('div');
    this.element.className = 'acr-tip acr-surface';
    this.element.id = 'dedoc-acronym-tooltip';
    this.element.hidden = true;
    this.element.lang = uiLanguage();
    shadow.append(this.element);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(this.openTimer);
        clearTimeout(this.closeTimer);
        if (this.frame) doc.defaultView?.cancelAnimationFrame(this.frame);
        this.formController?.abort();
        this.element.remove();
      },
      { once: true },
    );

    onTrusted(doc, 'pointerover', (event) => this.onPointerOver(event), signal, { passive: true });
    onTrusted(doc, 'pointerout', (event) => this.onPointerOut(event), signal, { passive: true });
    onTrusted(doc, 'pointermove', (event) => this.onPointerMove(event), signal, { passive: true });
    onTrusted(this.element, 'pointerenter', () => {
      this.isTipHovered = true;
      clearTimeout(this.closeTimer);
    }, signal);
    onTrusted(this.element, 'pointerleave', () => {
      this.isTipHovered = false;
      this.scheduleClose();
    }, signal);
    onTrusted(doc, 'click', (event) => this.onClick(event), signal);
    onTrusted(doc, 'pointerdown', (event) => this.onPointerDown(event), signal, { capture: true, passive: true });
    const markReaderInput = (): void => {
      this.readerInputAt = performance.now();
    };
    onTrusted(doc.defaultView ?? doc, 'keydown', (event) => {
      if (FOCUS_KEYS.has(event.key)) markReaderInput();
    }, signal, { capture: true, passive: true });
    onTrusted(doc.defaultView ?? doc, 'pointerdown', markReaderInput, signal, { capture: true, passive: true });
    onTrusted(doc.defaultView ?? doc, 'pointerup', markReaderInput, signal, { capture: true, passive: true });
    onTrusted(doc, 'focusin', (event) => this.onFocusIn(event), signal);
    onTrusted(doc, 'focusout', (event) => this.onFocusOut(event), signal);
    // Capture: Esc reaches us before the page's own handlers, and only when a tooltip is open do we act on it.
    onTrusted(doc.defaultView ?? doc, 'keydown', (event) => this.onKeyDown(event), signal, { capture: true });
    const reposition = (): void => this.schedulePosition();
    onTrusted(doc.defaultView ?? doc, 'scroll', reposition, signal, { capture: true, passive: true });
    onTrusted(doc.defaultView ?? doc, 'resize', reposition, signal, { passive: true });
  }

  get isOpen(): boolean {
    return !this.element.hidden;
  }

  get anchorElement(): HTMLElement | null {
    return this.anchor?.kind === 'abbr' ? this.anchor.element : null;
  }

  private abbrOf(target: EventTarget | null): HTMLElement | null {
    if (!target || (target as Node).nodeType !== 1) return null;
    const abbr = (target as Element).closest(`abbr[${ABBR_ATTRIBUTE}]`) as HTMLElement | null;
    return abbr && this.deps.annotator.isOurs(abbr) ? abbr : null;
  }

  /** Hover is a mouse's or a pen's: a finger's "over" and "out" come with its tap, which onClick answers. */
  private isHover(event: PointerEvent): boolean {
    return event.pointerType !== 'touch' && (this.deps.openOn?.() ?? 'hover') === 'hover';
  }

  private onPointerOver(event: PointerEvent): void {
    const abbr = this.abbrOf(event.target);
    if (!abbr || event.pointerType === 'touch') return;
    if (this.anchor?.kind === 'abbr' && this.anchor.element === abbr) {
      clearTimeout(this.closeTimer);
      this.reasons.add('hover');
      return;
    }
    if (this.isPinned || !this.isHover(event)) return;
    this.pendingHover = abbr;
    clearTimeout(this.openTimer);
    this.openTimer = setTimeout(() => {
      if (this.pendingHover === abbr) this.showFor({ kind: 'abbr', element: abbr }, 'hover');
    }, OPEN_DELAY_MS);
  }

  private onPointerOut(event: PointerEvent): void {
    const abbr = this.abbrOf(event.target);
    if (!abbr || event.pointerType === 'touch') return;
    const to = event.relatedTarget as Node | null;
    if (to && abbr.contains(to)) return;
    if (this.pendingHover === abbr) {
      this.pendingHover = null;
      clearTimeout(this.openTimer);
    }
    if (this.anchor?.kind === 'abbr' && this.anchor.element === abbr) {
      this.reasons.delete('hover');
      this.scheduleClose();
    }
  }

  /** Over plain text: is the pointer on an all-caps token nobody explains? Then offer to add it. */
  private onPointerMove(event: PointerEvent): void {
    if (!this.isHover(event)) return;
    this.lastPoint = { x: event.clientX, y: event.clientY };
    if (this.frame) return;
    this.frame = this.deps.doc.defaultView?.requestAnimationFrame(() => {
      this.frame = 0;
      this.checkUnknownUnderPointer();
    }) ?? 0;
  }

  private checkUnknownUnderPointer(): void {
    const point = this.lastPoint;
    if (!point || this.isPinned) return;
    if (this.anchor?.kind === 'unknown') {
      if (this.isTipHovered || isInside(this.anchor.range.getBoundingClientRect(), point, 2)) return;
      this.reasons.delete('hover');
      this.scheduleClose();
      return;
    }
    if (this.anchor) return;
    const hit = caretAt(this.deps.doc, point.x, point.y);
    if (!hit || hit.node.nodeType !== 3) return;
    const text = hit.node as Text;
    if (this.abbrOf(text.parentNode)) return;
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(text.data); m; m = TOKEN.exec(text.data)) {
      if (m.index > hit.offset) break;
      if (hit.offset > m.index + m[0].length) continue;
      if (!this.deps.annotator.isUnknownToken(text, m[0])) return;
      const range = this.deps.doc.createRange();
      range.setStart(text, m.index);
      range.setEnd(text, m.index + m[0].length);
      // The caret API answers with the nearest text even beyond the end of a line: check the glyphs are there.
      if (!isInside(range.getBoundingClientRect(), point, 1)) return;
      const form = m[0];
      clearTimeout(this.openTimer);
      this.openTimer = setTimeout(() => this.showFor({ kind: 'unknown', range, form }, 'hover'), OPEN_DELAY_MS);
      return;
    }
  }

  /** A tap or a click on an occurrence opens its tooltip until a tap or click elsewhere (not inside a link: it goes). */
  private onClick(event: MouseEvent): void {
    const abbr = this.abbrOf(event.target);
    if (!abbr || abbr.closest('a[href]')) return;
    this.showFor({ kind: 'abbr', element: abbr }, 'click');
  }

  /** A tap or a click anywhere but the occurrence or the tooltip closes it (a form being filled in stays). */
  private onPointerDown(event: PointerEvent): void {
    if (!this.isOpen || this.isPinned) return;
    const path = event.composedPath();
    if (path.includes(this.element)) return;
    if (this.anchor?.kind === 'abbr' && path.includes(this.anchor.element)) return;
    this.close();
  }

  private onFocusIn(event: FocusEvent): void {
    const abbr = this.abbrOf(event.target);
    if (!abbr) return;
    // Only a focus the reader moved (Tab, arrows, a click or tap) opens the tooltip; our own "show in the article"
    // opens it itself (showFor).
    if (performance.now() - this.readerInputAt > READER_FOCUS_MS) return;
    this.showFor({ kind: 'abbr', element: abbr }, 'focus');
  }

  private onFocusOut(event: FocusEvent): void {
    const abbr = this.abbrOf(event.target);
    if (!abbr || this.anchor?.kind !== 'abbr' || this.anchor.element !== abbr) return;
    this.reasons.delete('focus');
    if (this.reasons.size === 0 && !this.isTipHovered) this.close();
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || !this.isOpen) return;
    const wasPinned = this.isPinned;
    this.close();
    // Esc was for us: the page (or our toolbar) must not also act on it.
    event.stopPropagation();
    if (wasPinned) event.preventDefault();
  }

  private scheduleClose(): void {
    if (this.isPinned) return;
    clearTimeout(this.closeTimer);
    this.closeTimer = setTimeout(() => {
      if (this.reasons.size === 0 && !this.isTipHovered && !this.isPinned) this.close();
    }, CLOSE_DELAY_MS);
  }

  /** Opens for an occurrence (also used by the glossary's "show in the article" and the context menu). */
  showFor(anchor: Anchor, reason: Reason): void {
    clearTimeout(this.closeTimer);
    clearTimeout(this.openTimer);
    const isSame =
      this.anchor &&
      ((anchor.kind === 'abbr' && this.anchor.kind === 'abbr' && anchor.element === this.anchor.element) ||
        (anchor.kind === 'unknown' && this.anchor.kind === 'unknown' && anchor.form === this.anchor.form));
    if (!isSame) {
      this.reasons.clear();
      this.isPinned = false;
      this.formController?.abort();
      this.anchor = anchor;
      if (anchor.kind === 'abbr') this.renderKnown(this.deps.annotator.infoOf(anchor.element));
      else if (anchor.kind === 'range') this.renderKnown(anchor.info);
      else this.renderUnknown(anchor.form);
    }
    this.reasons.add(reason);
    this.element.hidden = false;
    this.position();
  }

  close(): void {
    clearTimeout(this.openTimer);
    clearTimeout(this.closeTimer);
    this.formController?.abort();
    this.formController = null;
    this.element.hidden = true;
    this.element.replaceChildren();
    this.anchor = null;
    this.reasons.clear();
    this.isPinned = false;
    this.isTipHovered = false;
    this.pendingHover = null;
  }

  private renderKnown(info: AcronymInfo | undefined): void {
    const doc = this.deps.doc;
    this.element.setAttribute('role', 'tooltip');
    this.element.removeAttribute('aria-label');
    this.element.replaceChildren();
    if (!info) return;
    const { resolution } = info;
    const term = doc.createElement('p');
    term.className = 'acr-term';
    term.lang = 'vi';
    term.textContent = info.form;
    this.element.append(term);
    if (resolution.alternatives.length === 0) {
      const long = doc.createElement('p');
      long.className = 'acr-long';
      long.lang = 'vi';
      long.textContent = resolution.expansion;
      this.element.append(long);
    } else {
      const maybe = doc.createElement('p');
      maybe.className = 'acr-maybe';
      maybe.textContent = t('acronyms_maybe');
      const list = doc.createElement('ul');
      list.className = 'acr-alts';
      list.lang = 'vi';
      for (const meaning of [resolution.expansion, ...resolution.alternatives]) {
        const item = doc.createElement('li');
        item.textContent = meaning;
        list.append(item);
      }
      this.element.append(maybe, list);
    }
    if (resolution.note) {
      const note = doc.createElement('p');
      note.className = 'acr-note';
      note.lang = 'vi';
      note.textContent = resolution.note;
      this.element.append(note);
    }
    const source = doc.createElement('p');
    source.className = 'acr-source';
    source.textContent = sourceLabel(resolution.source);
    this.element.append(source);
  }

  private renderUnknown(form: string): void {
    const doc = this.deps.doc;
    // Interactive content: a non-modal dialog, not a tooltip (tooltips hold no controls).
    this.element.setAttribute('role', 'dialog');
    this.element.setAttribute('aria-label', t('acronyms_addLabel', form));
    this.element.replaceChildren();
    const term = doc.createElement('p');
    term.className = 'acr-term';
    term.lang = 'vi';
    term.textContent = form;
    const hint = doc.createElement('p');
    hint.textContent = t('acronyms_unknownHint');
    const actions = doc.createElement('div');
    actions.className = 'acr-actions';
    const add = doc.createElement('button');
    add.type = 'button';
    add.dataset.action = 'acronyms-add';
    add.textContent = t('acronyms_add');
    actions.append(add);
    this.element.append(term, hint, actions);
    this.formController = new AbortController();
    const formSignal = AbortSignal.any([this.deps.signal, this.formController.signal]);
    onTrusted(add, 'click', () => {
      // From here on the reader is typing: the tooltip stays until Save, Cancel or Esc.
      this.isPinned = true;
      const formEl = buildAddForm({
        doc,
        short: form,
        signal: formSignal,
        save: this.deps.save,
        onCancel: () => this.close(),
        onSaved: () => {
          const done = doc.createElement('p');
          done.className = 'acr-status';
          done.setAttribute('role', 'status');
          done.textContent = t('acronyms_savedToDictionary', form);
          formEl.replaceWith(done);
          this.isPinned = false;
          this.reasons.delete('focus');
          if (!this.isTipHovered) this.scheduleClose();
        },
      });
      actions.replaceWith(formEl);
      formEl.querySelector('input')?.focus();
      this.position();
    }, formSignal);
  }

  private schedulePosition(): void {
    if (!this.isOpen || this.frame) return;
    this.frame = this.deps.doc.defaultView?.requestAnimationFrame(() => {
      this.frame = 0;
      this.position();
    }) ?? 0;
  }

  private position(): void {
    const anchor = this.anchor;
    if (!anchor || !this.isOpen) return;
    const doc = this.deps.doc;
    if (anchor.kind === 'abbr' && !anchor.element.isConnected) {
      this.close();
      return;
    }
    const rect = anchor.kind === 'abbr' ? anchor.element.getBoundingClientRect() : anchor.range.getBoundingClientRect();
    const near = anchor.kind === 'abbr' ? anchor.element : (anchor.range.startContainer.parentElement ?? null);
    this.element.style.setProperty('--acr-font', `${this.deps.fontPx(near)}px`);
    const view = doc.defaultView;
    const width = doc.documentElement.clientWidth || view?.innerWidth || 1024;
    const height = view?.innerHeight || doc.documentElement.clientHeight || 768;
    const tip = this.element.getBoundingClientRect();
    // Below the occurrence if it fits, else above, else wherever there is more room.
    let top = rect.bottom + GAP_PX;
    if (top + tip.height > height - EDGE_PX) {
      const above = rect.top - GAP_PX - tip.height;
      top = above >= EDGE_PX || rect.top > height - rect.bottom ? Math.max(EDGE_PX, above) : top;
    }
    const left = Math.max(EDGE_PX, Math.min(rect.left, width - tip.width - EDGE_PX));
    this.element.style.setProperty('left', `${Math.round(left)}px`);
    this.element.style.setProperty('top', `${Math.round(top)}px`);
  }
}

function isInside(rect: DOMRect, point: { x: number; y: number }, slack: number): boolean {
  return (
    point.x >= rect.left - slack && point.x <= rect.right + slack && point.y >= rect.top - slack && point.y <= rect.bottom + slack
  );
}

/** The text position under a point: caretPositionFromPoint (standard; Chrome 128+, Firefox), else the WebKit API. */
function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const withStandard = doc as Document & { caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null };
  if (typeof withStandard.caretPositionFromPoint === 'function') {
    const position = withStandard.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const withWebkit = doc as Document & { caretRangeFromPoint?(x: number, y: number): Range | null };
  const range = typeof withWebkit.caretRangeFromPoint === 'function' ? withWebkit.caretRangeFromPoint(x, y) : null;
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}
