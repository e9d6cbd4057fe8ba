// The player inside <dedoc-root>: a small non-modal dialog at the bottom of the window, beside the toolbar, with
// play/pause, stop, previous/next sentence, slower/faster, the voice choice, the progress "Câu n / m" and which
// voice speaks. Stable data-actions (the page contract in README.md); ← / → move by sentence and Esc stops while
// the focus is in the player. Built from nodes (voice names are the browser's strings: text only).
import type { VoiceDescriptor } from '../../../core/index';
import { t, uiLanguage } from '../../../shared/i18n';
import { onTrusted } from '../../ui/events';
import type { PlayerSnapshot } from './types';
import { formatRate, voiceLabel } from '../../../shared/speech-voices';

export const PANEL_ID = 'dedoc-speech-panel';
const TITLE_ID = 'dedoc-speech-title';

export interface SpeechPanelCallbacks {
  onPlay(): void;
  onPause(): void;
  onStop(): void;
  onPrevious(): void;
  onNext(): void;
  onSlower(): void;
  onFaster(): void;
  /** '' = let Dễ Đọc choose. */
  onVoice(voiceId: string): void;
  onCaptions(isOn: boolean): void;
  onClose(): void;
}

export interface SpeechPanelLook {
  scale: number;
  theme: string | null;
  side: 'left' | 'right';
  toolbarWidth: number;
}

type ButtonKey = 'play' | 'stop' | 'previous' | 'next' | 'slower' | 'faster';

export class SpeechPanel {
  readonly element: HTMLElement;
  private readonly title: HTMLElement;
  private readonly buttons = new Map<ButtonKey, HTMLButtonElement>();
  private readonly progress: HTMLElement;
  private readonly rateText: HTMLElement;
  private readonly status: HTMLElement;
  private readonly voiceSelect: HTMLSelectElement;
  private readonly captions: HTMLInputElement;
  private opener: HTMLElement | null = null;
  private voicesKey = '';

  constructor(
    private readonly doc: Document,
    shadow: ShadowRoot,
    private readonly callbacks: SpeechPanelCallbacks,
    signal: AbortSignal,
  ) {
    const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string): HTMLElementTagNameMap[K] => {
      const node = doc.createElement(tag);
      if (className) node.className = className;
      return node;
    };
    const panel = el('section', 'speech-panel');
    panel.id = PANEL_ID;
    panel.setAttribute('role', 'dialog');
    panel.setAttribute('aria-modal', 'false');
    panel.setAttribute('aria-labelledby', TITLE_ID);
    panel.lang = uiLanguage();
    panel.hidden = true;

    const header = el('header');
    this.title = el('h2');
    this.title.id = TITLE_ID;
    this.title.tabIndex = -1;
    this.title.textContent = t('speech_panelTitle');
    this.progress = el('span', 'progress');
    const close = this.button('speech-close', t('speech_close'), '×', () => this.callbacks.onClose(), signal);
    header.append(this.title, this.progress, close);

    const controls = el('div', 'controls');
    controls.setAttribute('role', 'group');
    controls.setAttribute('aria-label', t('speech_panelTitle'));
    const add = (key: ButtonKey, action: string, label: string, text: string, handler: () => void): void => {
      const button = this.button(action, label, text, handler, signal);
      this.buttons.set(key, button);
      controls.append(button);
    };
    // Words beside the symbols (what our readers understand best; the visible text is the accessible name). One
    // button for play and pause: the focus stays on it when it changes.
    add('play', 'speech-play', t('speech_play'), `▶ ${t('speech_play')}`, () => {
      if (this.buttons.get('play')?.dataset.action === 'speech-pause') this.callbacks.onPause();
      else this.callbacks.onPlay();
    });
    add('stop', 'speech-stop', t('speech_stop'), `■ ${t('speech_stop')}`, () => this.callbacks.onStop());
    add('previous', 'speech-previous', t('speech_previous'), `◀ ${t('speech_previous')}`, () => this.callbacks.onPrevious());
    add('next', 'speech-next', t('speech_next'), `${t('speech_next')} ▶`, () => this.callbacks.onNext());

    const rates = el('div', 'rates');
    const slower = this.button('speech-slower', t('speech_slower'), '−', () => this.callbacks.onSlower(), signal);
    const faster = this.button('speech-faster', t('speech_faster'), '+', () => this.callbacks.onFaster(), signal);
    this.buttons.set('slower', slower);
    this.buttons.set('faster', faster);
    this.rateText = el('span', 'rate');
    this.rateText.setAttribute('aria-live', 'polite');
    rates.append(slower, this.rateText, faster);

    const voiceRow = el('label', 'voice');
    const voiceText = el('span');
    voiceText.textContent = t('speech_voice');
    this.voiceSelect = el('select');
    this.voiceSelect.dataset.action = 'speech-voice';
    onTrusted(this.voiceSelect, 'change', () => this.callbacks.onVoice(this.voiceSelect.value), signal);
    voiceRow.append(voiceText, this.voiceSelect);

    const captionsRow = el('label', 'captions');
    this.captions = el('input');
    this.captions.type = 'checkbox';
    this.captions.dataset.action = 'speech-captions';
    onTrusted(this.captions, 'change', () => this.callbacks.onCaptions(this.captions.checked), signal);
    const captionsText = el('span');
    captionsText.textContent = t('speech_captions');
    captionsRow.append(this.captions, captionsText);

    this.status = el('p', 'status');
    this.status.setAttribute('role', 'status');
    const hint = el('p', 'note');
    hint.textContent = t('speech_keysHint');

    panel.append(header, controls, rates, this.status, voiceRow, captionsRow, hint);

    onTrusted(panel, 'keydown', (event) => {
      const target = event.target as Element | null;
      // A <select> and a checkbox use the arrow keys themselves.
      const isField = target?.localName === 'select' || target?.localName === 'input';
      if (event.key === 'Escape') this.callbacks.onStop();
      else if (event.key === 'ArrowLeft' && !isField) this.callbacks.onPrevious();
      else if (event.key === 'ArrowRight' && !isField) this.callbacks.onNext();
      else return;
      // Our keys: the page's own shortcuts must not see them too.
      event.stopPropagation();
      event.preventDefault();
    }, signal);

    this.element = panel;
    shadow.append(panel);
    signal.addEventListener('abort', () => panel.remove(), { once: true });
  }

  get isOpen(): boolean {
    return !this.element.hidden;
  }

  /** Shows the player; the focus goes to its play/pause button (what the reader most likely wants next). */
  open(opener: HTMLElement | null, takeFocus = true): void {
    this.opener = opener;
    this.element.hidden = false;
    if (takeFocus) this.buttons.get('play')?.focus();
  }

  close(returnFocus = true): void {
    if (!this.isOpen) return;
    const hadFocus = this.element.contains((this.element.getRootNode() as ShadowRoot).activeElement);
    this.element.hidden = true;
    const opener = this.opener;
    this.opener = null;
    if (returnFocus && hadFocus && opener?.isConnected) opener.focus();
  }

  setLook(look: SpeechPanelLook): void {
    this.element.style.setProperty('--speech-scale', String(look.scale));
    this.element.style.setProperty('--toolbar-room', `${Math.round(look.toolbarWidth + 12)}px`);
    this.element.dataset.side = look.side;
    if (look.theme) this.element.dataset.theme = look.theme;
    else delete this.element.dataset.theme;
  }

  render(snapshot: PlayerSnapshot, voices: readonly VoiceDescriptor[], chosenId: string, captions: boolean): void {
    const play = this.buttons.get('play')!;
    const isPlaying = snapshot.state === 'playing';
    play.dataset.action = isPlaying ? 'speech-pause' : 'speech-play';
    const playLabel = isPlaying ? t('speech_pause') : snapshot.state === 'paused' ? t('speech_resume') : t('speech_play');
    play.setAttribute('aria-label', playLabel);
    play.title = playLabel;
    play.textContent = `${isPlaying ? '▮▮' : '▶'} ${playLabel}`;
    const isStopped = snapshot.state === 'stopped';
    for (const key of ['stop', 'previous', 'next'] as const) this.buttons.get(key)!.disabled = isStopped;
    this.buttons.get('slower')!.disabled = snapshot.rate <= 0.5;
    this.buttons.get('faster')!.disabled = snapshot.rate >= 2;
    const rate = t('speech_rate', formatRate(snapshot.rate));
    this.rateText.textContent = rate;
    this.progress.textContent = snapshot.total > 0 && !isStopped ? t('speech_progress', [String(snapshot.sentence + 1), String(snapshot.total)]) : '';
    const voiceName = snapshot.voice ? voiceLabel(snapshot.voice) : '';
    this.status.textContent = statusText(snapshot, voiceName);
    this.status.dataset.error = snapshot.error ?? '';
    this.renderVoices(voices, chosenId);
    this.captions.checked = captions;
  }

  private renderVoices(voices: readonly VoiceDescriptor[], chosenId: string): void {
    const key = `${chosenId}|${voices.map((v) => v.id).join('|')}`;
    if (key === this.voicesKey) return;
    this.voicesKey = key;
    const auto = this.doc.createElement('option');
    auto.value = '';
    auto.textContent = t('speech_voiceAuto');
    const options = [auto];
    // Vietnamese voices only: a voice for another language reads Vietnamese as gibberish.
    for (const voice of voices) {
      const option = this.doc.createElement('option');
      option.value = voice.id;
      option.textContent = voiceLabel(voice);
      options.push(option);
    }
    this.voiceSelect.replaceChildren(...options);
    this.voiceSelect.value = voices.some((v) => v.id === chosenId) ? chosenId : '';
  }

  private button(action: string, label: string, text: string, onActivate: () => void, signal: AbortSignal): HTMLButtonElement {
    const button = this.doc.createElement('button');
    button.type = 'button';
    button.dataset.action = action;
    button.setAttribute('aria-label', label);
    button.title = label;
    button.textContent = text;
    onTrusted(button, 'click', onActivate, signal);
    return button;
  }
}

function statusText(snapshot: PlayerSnapshot, voiceName: string): string {
  if (snapshot.error === 'audio-blocked') return t('speech_errorAudio');
  if (snapshot.error === 'interrupted' || snapshot.error === 'no-answer') return t('speech_errorStopped');
  if (snapshot.error) return t('speech_errorVoice');
  if (snapshot.state === 'playing') return voiceName ? t('speech_speaking', voiceName) : '';
  if (snapshot.state === 'paused') return t('speech_paused');
  return voiceName ? `${t('speech_stopped')} ${t('speech_ready', voiceName)}` : t('speech_stopped');
}
