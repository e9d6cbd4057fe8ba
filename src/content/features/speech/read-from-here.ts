// "Đọc từ đây": while nothing is being read, a small button beside the article block under the pointer or the
// keyboard focus, in the margin next to the block (never over its text); pressing it reads the article from that
// block. While reading, a click on a sentence jumps there instead (index.ts), so the button goes away.
import { mapBlockText, type Block } from '../../../core/index';
import { t, uiLanguage } from '../../../shared/i18n';
import { onTrusted } from '../../ui/events';

/** Room between the block and the button, px. */
const GAP = 8;

export interface ReadFromHereCallbacks {
  isReading(): boolean;
  onRead(block: Block): void;
}

export class ReadFromHere {
  private readonly button: HTMLButtonElement;
  private block: Block | null = null;
  private frame = 0;
  private pending: EventTarget | null = null;
  private readonly view: Window;

  constructor(
    private readonly doc: Document,
    shadow: ShadowRoot,
    private readonly blocks: () => readonly Block[],
    private readonly callbacks: ReadFromHereCallbacks,
    signal: AbortSignal,
  ) {
    const view = doc.defaultView;
    if (!view) throw new Error('no window');
    this.view = view;
    const button = doc.createElement('button');
    button.type = 'button';
    button.className = 'read-from-here';
    button.dataset.action = 'speech-read-from-here';
    button.lang = uiLanguage();
    button.textContent = `▶ ${t('speech_readFromHere')}`;
    button.hidden = true;
    onTrusted(button, 'click', () => {
      const block = this.block;
      this.hide();
      if (block) this.callbacks.onRead(block);
    }, signal);
    shadow.append(button);
    this.button = button;
    const watch = (event: Event): void => {
      if (!event.isTrusted) return;
      this.pending = event.target;
      if (!this.frame) this.frame = view.requestAnimationFrame(() => this.place());
    };
    doc.addEventListener('pointerover', watch, { passive: true, signal });
    doc.addEventListener('focusin', watch, { signal });
    view.addEventListener('scroll', () => this.hide(), { passive: true, capture: true, signal });
    signal.addEventListener('abort', () => this.destroy(), { once: true });
  }

  /** The player's state changed: no button while reading. */
  update(): void {
    if (this.callbacks.isReading()) this.hide();
  }

  destroy(): void {
    if (this.frame) this.view.cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.button.remove();
  }

  private hide(): void {
    this.button.hidden = true;
    this.block = null;
  }

  private place(): void {
    this.frame = 0;
    const target = this.pending as Node | null;
    this.pending = null;
    if (this.callbacks.isReading() || !target) return this.hide();
    // Over our own button (it lives in <dedoc-root>): it stays where it is.
    if ((target as Element).localName === 'dedoc-root') return;
    const block = this.blocks().find((b) => b.element.contains(target)) ?? null;
    if (!block) return this.hide();
    if (block === this.block && !this.button.hidden) return;
    const rect = block.element.getBoundingClientRect();
    this.button.hidden = false;
    const width = this.button.offsetWidth;
    let left = rect.left - width - GAP;
    if (left < 4) left = rect.right + GAP;
    if (left + width > this.view.innerWidth - 4 || rect.bottom < 0 || rect.top > this.view.innerHeight) return this.hide();
    this.block = block;
    this.button.style.left = `${Math.round(left)}px`;
    this.button.style.top = `${Math.round(Math.max(4, rect.top))}px`;
  }
}

/** The block under a point of the window, and the offset in its text of the character there, or null. */
export function blockAtPoint(doc: Document, x: number, y: number, blocks: readonly Block[]): { block: number; offset: number } | null {
  const caret = caretAt(doc, x, y);
  if (!caret) return null;
  const index = blocks.findIndex((b) => b.element.contains(caret.node));
  if (index < 0) return null;
  const map = mapBlockText(blocks[index]!);
  for (let i = 0; i < map.origins.length; i++) {
    const origin = map.origins[i];
    if (origin && origin.node === caret.node && origin.end > caret.offset) return { block: index, offset: i };
  }
  // The caret is after the last character of its node: the next character of the block that follows it.
  for (let i = 0; i < map.origins.length; i++) {
    const origin = map.origins[i];
    if (origin && (caret.node.compareDocumentPosition(origin.node) & 4) !== 0) return { block: index, offset: i };
  }
  return { block: index, offset: 0 };
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const withPosition = doc as Document & { caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null };
  if (typeof withPosition.caretPositionFromPoint === 'function') {
    const position = withPosition.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const withRange = doc as Document & { caretRangeFromPoint?(x: number, y: number): Range | null };
  const range = withRange.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}
