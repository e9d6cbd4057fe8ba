// The two highlights of read-aloud on the page: the sentence being read (CSS Custom Highlight `dedoc-speech`) and
// the word heard (`dedoc-speech-word`), through the shared Highlighter (content/ui/highlight.ts), made when first
// needed. The sentence is kept in view: the page scrolls only when it leaves the middle of the window, or when the
// player (at the bottom, beside the toolbar) would cover it.
import { Highlighter, prefersReducedMotion, scrollRangeIntoView } from '../../ui/highlight';
import pageCss from './page.css?raw';

export const SENTENCE_HIGHLIGHT = 'dedoc-speech';
export const WORD_HIGHLIGHT = 'dedoc-speech-word';
/** Share of the window's height around its middle where the sentence read may be without the page scrolling. */
export const KEEP_IN_VIEW = 0.6;
/** Where a sentence the player would cover goes: this share of the window's height from the top. */
const ABOVE_PLAYER = 0.2;

export class SpeechHighlights {
  private sentence: Highlighter | null = null;
  private word: Highlighter | null = null;

  constructor(
    private readonly doc: Document,
    private readonly shadow: ShadowRoot,
    private readonly signal: AbortSignal,
  ) {}

  showSentence(range: Range | null, player: HTMLElement | null): void {
    const { sentence, word } = this.highlighters();
    word.clear();
    if (!range) {
      sentence.clear();
      return;
    }
    sentence.show(range);
    const view = this.doc.defaultView;
    if (view && player && isUnder(range, player)) {
      view.scrollBy({ top: range.getBoundingClientRect().top - view.innerHeight * ABOVE_PLAYER, behavior: prefersReducedMotion(view) ? 'auto' : 'smooth' });
    } else {
      scrollRangeIntoView(range, this.doc, KEEP_IN_VIEW);
    }
  }

  showWord(range: Range | null): void {
    const { word } = this.highlighters();
    if (range) word.show(range);
    else word.clear();
  }

  private highlighters(): { sentence: Highlighter; word: Highlighter } {
    this.sentence ??= new Highlighter(this.doc, this.shadow, this.signal, {
      name: SENTENCE_HIGHLIGHT,
      attribute: 'data-dedoc-speech-highlight',
      pageCss,
      boxCss: 'background: rgba(255, 241, 168, 0.55); outline: 2px solid #b35c00;',
    });
    this.word ??= new Highlighter(this.doc, this.shadow, this.signal, {
      name: WORD_HIGHLIGHT,
      attribute: 'data-dedoc-speech-word',
      pageCss,
      boxCss: 'background: rgba(11, 79, 138, 0.35); outline: 2px solid #0b4f8a;',
    });
    return { sentence: this.sentence, word: this.word };
  }
}

/** Some line of the range is behind the element (the player). */
function isUnder(range: Range, element: HTMLElement): boolean {
  const box = element.getBoundingClientRect();
  return [...range.getClientRects()].some((r) => r.bottom > box.top && r.top < box.bottom && r.right > box.left && r.left < box.right);
}
