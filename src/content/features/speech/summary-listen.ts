// "Nghe tóm tắt": a button in the summary panel's read-aloud slot (the panel leaves `[data-slot="read-aloud"]` in
// its header for it) that reads the key sentences the panel shows, each highlighted where it stands in the article.
// The two features never import each other: they meet in <dedoc-root>'s shadow root, the slot being the summary
// panel's side of the contract and the sentence list (`ol.sentences button`) what it shows the reader.
import { t } from '../../../shared/i18n';
import { onTrusted } from '../../ui/events';

const SLOT = '.summary-panel [data-slot="read-aloud"]';
const SENTENCES = '.summary-panel ol.sentences button';
/** How long a click waits for a summary still being made. */
const WAIT_MS = 5000;

/**
 * Keeps a "Nghe tóm tắt" button in the summary panel's slot whenever the panel exists (it is made when first
 * opened, and again after the summary feature restarts); `onListen` gets the sentences shown then.
 */
export function offerSummaryListening(shadow: ShadowRoot, onListen: (sentences: string[]) => void, signal: AbortSignal): void {
  const doc = shadow.ownerDocument;
  const view = doc.defaultView;
  if (!view) return;
  let button: HTMLButtonElement | null = null;
  let waiting: MutationObserver | null = null;
  const Observer = (view as Window & { MutationObserver: typeof MutationObserver }).MutationObserver;
  /** Reads the sentences the panel shows, if it shows any yet. */
  const listenWhenShown = (): boolean => {
    const sentences = [...shadow.querySelectorAll(SENTENCES)].map((b) => (b.textContent ?? '').trim()).filter((s) => s !== '');
    if (sentences.length === 0) return false;
    onListen(sentences);
    return true;
  };
  const place = (): void => {
    const slot = shadow.querySelector(SLOT);
    if (!slot || (button && slot.contains(button))) return;
    button = doc.createElement('button');
    button.type = 'button';
    button.dataset.action = 'speech-summary';
    button.textContent = `▶ ${t('speech_listenSummary')}`;
    onTrusted(button, 'click', () => {
      if (listenWhenShown()) return;
      // The summary is still being made (it is made when the panel first opens): it is read as soon as it shows,
      // if that is within WAIT_MS; a later click asks again.
      waiting?.disconnect();
      const watch = new Observer(() => {
        if (listenWhenShown()) stopWaiting();
      });
      waiting = watch;
      watch.observe(shadow, { childList: true, subtree: true });
      const timer = view.setTimeout(stopWaiting, WAIT_MS);
      function stopWaiting(): void {
        watch.disconnect();
        view?.clearTimeout(timer);
        if (waiting === watch) waiting = null;
      }
    }, signal);
    slot.append(button);
  };
  // Only the shadow root's own children: the summary panel is appended there once.
  const observer = new Observer(place);
  observer.observe(shadow, { childList: true });
  place();
  signal.addEventListener('abort', () => {
    observer.disconnect();
    waiting?.disconnect();
    button?.remove();
  }, { once: true });
}
