// Read-aloud: the article read in Vietnamese from its title (or the selection), the sentence heard highlighted on the page (dedoc-speech) and the word heard (dedoc-speech-word), with a player in <dedoc-root>.
// Pages that show it: the demo kiengiang.gov.vn/tin-tuc/nam-dan-van-chinh-quyen.html and the fixtures baochinhphu.vn--chinh-sach-moi-thang-3-2026 and qdnd.vn--article.excerpt (tests/e2e/speech.e2e.ts).
//
// The voices live in the background (src/background/speech/, over the port of src/shared/speech-messages.ts); this
// feature decides what is read, drives the player (player.ts) and draws it. Nothing is prepared before the reader
// asks: the port opens and the text is turned into spoken words at the first play.
import type { ArticleModel, Block, UserAcronym, VoiceDescriptor } from '../../../core/index';
import { browser } from '../../../shared/browser';
import { loadDictionary, onDictionaryChanged } from '../../../shared/dictionary';
import { t } from '../../../shared/i18n';
import { listen, type SpeechCommand, type SpeechStatus } from '../../../shared/messages';
import { SPEECH_RATE_RANGE, snapSpeechRate, speechRateKey, updateSettings, type Settings } from '../../../shared/settings';
import { SPEECH_PORT_NAME, type SpeechServerMessage } from '../../../shared/speech-messages';
import type { Feature, FeatureContext } from '../../feature';
import { articleAcronyms } from '../../ui/article-acronyms';
import { SpeechHighlights } from './highlights';
import { PANEL_ID, SpeechPanel } from './panel';
import { Player } from './player';
import { TextScript, blocksToRead } from './reading';
import { ReadFromHere, blockAtPoint } from './read-from-here';
import { selectionSources, sentenceSources } from './selection';
import { offerSummaryListening } from './summary-listen';
import { blockSource, type ReadingSource } from './source';
import { PANEL_CSS } from './styles';
import type { PlayerSnapshot, ScriptSentence, SpeechPort } from './types';
import { voiceLabel, voicesToOffer } from '../../../shared/speech-voices';

/** <dedoc-root> attributes while reading (the page contract). */
export const STATE_ATTRIBUTE = 'data-speech-state';
export const ENGINE_ATTRIBUTE = 'data-speech-engine';

const SCALE_ATTRIBUTE = 'data-dedoc-scale';
const THEME_ATTRIBUTE = 'data-dedoc-theme';

function connectPort(): SpeechPort {
  const port = browser.runtime.connect({ name: SPEECH_PORT_NAME });
  return {
    post: (message) => port.postMessage(message),
    onMessage: (listener) => port.onMessage.addListener((message: unknown) => listener(message as SpeechServerMessage)),
    onDisconnect: (listener) => port.onDisconnect.addListener(() => listener()),
    disconnect: () => port.disconnect(),
  };
}

interface Reading {
  script: TextScript;
  sources: readonly ReadingSource[];
  /** The article blocks behind the sources (read from here finds a block among them), when reading the article. */
  blocks: readonly Block[];
}

class SpeechFeature {
  private readonly doc: Document;
  private readonly view: Window;
  private model: ArticleModel | null = null;
  private button: HTMLButtonElement | null = null;
  private buttonController: AbortController | null = null;
  private panel: SpeechPanel | null = null;
  private player: Player | null = null;
  private reading: Reading | null = null;
  private readonly highlights: SpeechHighlights;
  private voices: readonly VoiceDescriptor[] = [];
  private userEntries: readonly UserAcronym[] = [];
  private fromHere: ReadFromHere | null = null;

  constructor(
    private readonly context: FeatureContext,
    private readonly signal: AbortSignal,
  ) {
    this.doc = context.document;
    const view = this.doc.defaultView;
    if (!view) throw new Error('no window');
    this.view = view;
    this.highlights = new SpeechHighlights(this.doc, context.ui.shadow, signal);
  }

  start(): void {
    this.lastVoiceId = this.context.settings().speech.voiceId;
    const style = this.doc.createElement('style');
    style.textContent = PANEL_CSS;
    this.context.ui.shadow.append(style);
    const stopListening = listen({
      'speech/status': async () => this.status(),
      'speech/command': async ({ command }) => {
        this.guard(`run ${command}`, () => this.command(command));
        return this.status();
      },
    });
    loadDictionary()
      .then(({ entries }) => (this.userEntries = entries))
      .catch(() => undefined);
    const stopDictionary = onDictionaryChanged((entries) => (this.userEntries = entries));
    this.signal.addEventListener('abort', () => {
      // Everything goes: speech first (the port closes: the voice side stops at once), then what we drew.
      stopListening();
      stopDictionary();
      this.player?.destroy();
      this.player = null;
      this.setRootState(null);
      style.remove();
    }, { once: true });
    this.context.article.onChange((model) => this.setArticle(model));
    this.context.onSettings((settings) => this.onSettings(settings));
    this.context.ui.onSideChange(() => this.updateLook(), this.signal);
    const Observer = (this.view as Window & { MutationObserver: typeof MutationObserver }).MutationObserver;
    const observer = new Observer(() => this.updateLook());
    observer.observe(this.doc.documentElement, { attributes: true, attributeFilter: [SCALE_ATTRIBUTE, THEME_ATTRIBUTE] });
    this.signal.addEventListener('abort', () => observer.disconnect(), { once: true });
    // A click on a sentence of the article while reading jumps there (read from here).
    this.doc.addEventListener('click', (event) => this.guard('jump to a sentence', () => this.onPageClick(event)), { capture: true, signal: this.signal });
    offerSummaryListening(this.context.ui.shadow, (sentences) => this.guard('read the summary', () => this.playSummary(sentences)), this.signal);
    this.setArticle(this.context.article.current());
  }

  /** Runs a reader's action; a failure is logged with the feature's name instead of vanishing in a handler. */
  private guard(what: string, action: () => void): void {
    try {
      action();
    } catch (error) {
      console.warn(`[Dễ Đọc] speech: could not ${what}`, error);
    }
  }

  private setArticle(model: ArticleModel | null): void {
    if (model === this.model) return;
    this.model = model;
    // A reading of another article's blocks cannot go on (a selection's can: it does not depend on the model).
    if (this.reading && this.reading.blocks.length > 0) this.player?.stop();
    this.buttonController?.abort();
    this.buttonController = null;
    this.button = null;
    this.fromHere?.destroy();
    this.fromHere = null;
    if (!model || this.signal.aborted) return;
    const controller = new AbortController();
    this.signal.addEventListener('abort', () => controller.abort(), { once: true, signal: controller.signal });
    this.buttonController = controller;
    const button = this.context.ui.addButton(
      {
        action: 'speech-open',
        label: t('speech_buttonLabel'),
        text: t('speech_button'),
        onActivate: () => this.guard('open the player', () => this.onToolbar(button)),
      },
      controller.signal,
    );
    button.setAttribute('aria-expanded', String(this.panel?.isOpen ?? false));
    button.setAttribute('aria-controls', PANEL_ID);
    // The selection must be read before the click moves anything (a press on our button keeps it in both browsers,
    // but the page may react to the press).
    button.addEventListener('pointerdown', () => (this.pendingSelection = this.currentSelection()), { signal: controller.signal });
    this.button = button;
    this.fromHere = new ReadFromHere(this.doc, this.context.ui.shadow, () => this.readableBlocks(), {
      isReading: () => this.player?.isActive ?? false,
      onRead: (block) => this.guard('read from here', () => {
        if (this.button) this.openPanel(this.button);
        this.playArticle(block);
      }),
    }, controller.signal);
    this.renderState();
  }

  private pendingSelection: Range | null = null;

  private currentSelection(): Range | null {
    const selection = this.doc.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
    const range = selection.getRangeAt(0);
    return range.toString().trim() === '' ? null : range.cloneRange();
  }

  private readableBlocks(): Block[] {
    return this.model ? blocksToRead(this.model, { captions: this.context.settings().speech.captions }) : [];
  }

  private onToolbar(button: HTMLButtonElement): void {
    const selection = this.pendingSelection ?? this.currentSelection();
    this.pendingSelection = null;
    const panel = this.ensurePanel();
    const isActive = this.player?.isActive ?? false;
    if (panel.isOpen && !selection) {
      this.closePanel();
      return;
    }
    this.openPanel(button);
    if (selection) this.playSelection(selection);
    else if (!isActive) this.playArticle();
  }

  private ensurePlayer(): Player {
    if (this.player) return this.player;
    const timers = {
      now: () => this.view.performance.now(),
      setTimeout: (callback: () => void, ms: number) => this.view.setTimeout(callback, ms),
      clearTimeout: (id: number) => this.view.clearTimeout(id),
    };
    this.player = new Player(
      {
        connect: connectPort,
        timers,
        voiceId: () => this.context.settings().speech.voiceId,
        rateFor: (voice) => this.context.settings().speech.rates[speechRateKey(voice.lang)] ?? 1,
      },
      {
        onChange: (snapshot) => this.renderState(snapshot),
        onSentence: (sentence) => this.guard('highlight the sentence', () => this.showSentence(sentence)),
        onWord: (word) => this.guard('highlight the word', () => this.showWord(word)),
        onVoices: (voices) => {
          this.voices = voicesToOffer(voices);
          this.renderState();
        },
      },
    );
    return this.player;
  }

  // ---- what is read ---------------------------------------------------------------------------------------

  private chunkSettings(): { resolver: ReturnType<typeof articleAcronyms>; rate: number } {
    // The article's acronym resolution, the very one the tooltips use (page > reader's dictionary > built-in).
    const resolver = this.model ? articleAcronyms(this.context, this.userEntries) : null;
    // Chunks are cut for the slower of normal speed and the reader's: never longer than ~12 s of speech.
    const rate = Math.min(1, this.player?.snapshot().rate ?? 1);
    return { resolver, rate };
  }

  /** Reads the article from its title, or from `from` (read from here). */
  private playArticle(from?: Block): void {
    const blocks = this.readableBlocks();
    if (blocks.length === 0) return;
    const player = this.ensurePlayer();
    const sources = blocks.map(blockSource);
    const script = new TextScript(sources.map((s) => s.text), this.chunkSettings());
    this.reading = { script, sources, blocks };
    const start = from ? Math.max(0, script.sentenceAt(blocks.indexOf(from))) : 0;
    player.play(script, start);
  }

  private playSelection(selection: Range): void {
    const sources = selectionSources(selection, this.readableBlocks());
    if (sources.length === 0) return;
    const player = this.ensurePlayer();
    const script = new TextScript(sources.map((s) => s.text), this.chunkSettings());
    this.reading = { script, sources, blocks: [] };
    player.play(script, 0);
  }

  /** The summary's key sentences, each highlighted where it stands in the article; the player opens beside. */
  private playSummary(sentences: readonly string[]): void {
    const sources = sentenceSources(sentences, this.readableBlocks());
    if (sources.length === 0) return;
    const player = this.ensurePlayer();
    const script = new TextScript(sources.map((s) => s.text), this.chunkSettings());
    this.reading = { script, sources, blocks: [] };
    player.play(script, 0);
  }

  private command(command: SpeechCommand): void {
    const player = this.player;
    const state = player?.snapshot().state ?? 'stopped';
    switch (command) {
      case 'play':
        if (state === 'paused') player?.resume();
        else if (state === 'stopped') this.startFromCommand();
        break;
      case 'toggle':
        if (state === 'playing') player?.pause();
        else if (state === 'paused') player?.resume();
        else this.startFromCommand();
        break;
      case 'read-selection': {
        const selection = this.currentSelection();
        if (selection) {
          if (this.button) this.openPanel(this.button, false);
          this.playSelection(selection);
        }
        break;
      }
      case 'pause':
        player?.pause();
        break;
      case 'stop':
        player?.stop();
        break;
      case 'next':
        player?.next();
        break;
      case 'previous':
        player?.previous();
        break;
      case 'slower':
      case 'faster':
        this.changeRate(command === 'faster' ? 1 : -1);
        break;
    }
  }

  private startFromCommand(): void {
    const selection = this.currentSelection();
    if (this.button) this.openPanel(this.button, false);
    if (selection) this.playSelection(selection);
    else this.playArticle();
  }

  private changeRate(direction: 1 | -1): void {
    const player = this.ensurePlayer();
    const snapshot = player.snapshot();
    const rate = snapSpeechRate(snapshot.rate + direction * SPEECH_RATE_RANGE.step);
    player.setRate(rate);
    const lang = speechRateKey(snapshot.voice?.lang ?? 'vi');
    updateSettings((settings) => ({ ...settings, speech: { ...settings.speech, rates: { ...settings.speech.rates, [lang]: rate } } })).catch((error: unknown) => {
      console.warn('[Dễ Đọc] could not save the speaking rate', error);
    });
  }

  /** The voice or rate changed elsewhere (the popup, another tab) or here: the player follows at once. */
  private onSettings(settings: Settings): void {
    const player = this.player;
    if (player) {
      const { voiceId, rates } = settings.speech;
      if (voiceId !== this.lastVoiceId) player.setVoice();
      const voice = player.snapshot().voice;
      const rate = voice ? rates[speechRateKey(voice.lang)] : undefined;
      if (rate !== undefined && rate !== player.snapshot().rate) player.setRate(rate);
    }
    this.lastVoiceId = settings.speech.voiceId;
    if (this.panel) this.renderState();
  }

  private lastVoiceId = '';

  // ---- highlights -----------------------------------------------------------------------------------------

  private showSentence(sentence: ScriptSentence | null): void {
    const range = sentence ? this.reading?.sources[sentence.source]?.range(sentence.start, sentence.end) : null;
    this.highlights.showSentence(range ?? null, this.panel?.isOpen ? this.panel.element : null);
  }

  private showWord(at: { source: number; start: number; end: number } | null): void {
    const range = at ? this.reading?.sources[at.source]?.range(at.start, at.end) : null;
    this.highlights.showWord(range ?? null);
  }

  // ---- read from here (a click on the article while reading) ----------------------------------------------

  private onPageClick(event: MouseEvent): void {
    const player = this.player;
    const reading = this.reading;
    if (!event.isTrusted || !player?.isActive || !reading || reading.blocks.length === 0) return;
    // A link or a control of the page keeps its own meaning.
    const target = event.target as Element | null;
    if (!target || target.closest?.('a[href], button, input, select, textarea, label, dedoc-root')) return;
    if (!this.doc.getSelection()?.isCollapsed) return;
    const hit = blockAtPoint(this.doc, event.clientX, event.clientY, reading.blocks);
    if (!hit) return;
    const index = reading.script.sentenceAt(hit.block, hit.offset);
    if (index >= 0) player.jump(index);
  }

  // ---- the player's look ----------------------------------------------------------------------------------

  private ensurePanel(): SpeechPanel {
    if (this.panel) return this.panel;
    this.panel = new SpeechPanel(
      this.doc,
      this.context.ui.shadow,
      {
        onPlay: () => this.guard('play', () => this.command('play')),
        onPause: () => this.guard('pause', () => this.command('pause')),
        onStop: () => this.guard('stop', () => this.command('stop')),
        onPrevious: () => this.guard('go back', () => this.command('previous')),
        onNext: () => this.guard('go on', () => this.command('next')),
        onSlower: () => this.guard('slow down', () => this.command('slower')),
        onFaster: () => this.guard('speed up', () => this.command('faster')),
        onVoice: (voiceId) => this.guard('choose the voice', () => this.chooseVoice(voiceId)),
        onCaptions: (isOn) => {
          updateSettings((settings) => ({ ...settings, speech: { ...settings.speech, captions: isOn } })).catch((error: unknown) => {
            console.warn('[Dễ Đọc] could not save the captions choice', error);
          });
        },
        onClose: () => this.guard('close the player', () => this.closePanel()),
      },
      this.signal,
    );
    // The voice list is asked for when the player is first shown, so the choice is there when the reader looks.
    this.ensurePlayer().requestVoices();
    return this.panel;
  }

  private chooseVoice(voiceId: string): void {
    // The player takes the new voice when the change comes back through onSettings.
    updateSettings((settings) => ({ ...settings, speech: { ...settings.speech, voiceId } })).catch((error: unknown) => console.warn('[Dễ Đọc] could not save the voice', error));
  }

  private openPanel(opener: HTMLElement, takeFocus = true): void {
    const panel = this.ensurePanel();
    this.updateLook();
    this.renderState();
    this.context.ui.panelOpening({ id: 'speech', close: () => this.closePanel(false) });
    panel.open(opener, takeFocus);
    this.button?.setAttribute('aria-expanded', 'true');
  }

  private closePanel(returnFocus = true): void {
    this.context.ui.panelClosed('speech');
    this.panel?.close(returnFocus);
    this.button?.setAttribute('aria-expanded', 'false');
  }

  private renderState(snapshot: PlayerSnapshot | undefined = this.player?.snapshot()): void {
    if (!snapshot) return;
    this.setRootState(snapshot);
    this.button?.setAttribute('data-speaking', String(snapshot.state !== 'stopped'));
    const settings = this.context.settings().speech;
    this.panel?.render(snapshot, this.voices, settings.voiceId, settings.captions);
    this.fromHere?.update();
  }

  private setRootState(snapshot: PlayerSnapshot | null): void {
    const host = this.context.ui.host;
    if (!snapshot || snapshot.state === 'stopped') {
      host.removeAttribute(STATE_ATTRIBUTE);
      host.removeAttribute(ENGINE_ATTRIBUTE);
      return;
    }
    host.setAttribute(STATE_ATTRIBUTE, snapshot.state);
    if (snapshot.engine) host.setAttribute(ENGINE_ATTRIBUTE, snapshot.engine);
    else host.removeAttribute(ENGINE_ATTRIBUTE);
  }

  private status(): SpeechStatus {
    const snapshot = this.player?.snapshot();
    const voice = snapshot?.voice ?? null;
    return {
      hasArticle: this.model !== null,
      state: snapshot?.state ?? 'stopped',
      engine: snapshot?.engine ?? null,
      sentence: snapshot && snapshot.state !== 'stopped' ? snapshot.sentence : 0,
      total: snapshot && snapshot.state !== 'stopped' ? snapshot.total : 0,
      voiceId: voice?.id ?? null,
      voiceName: voice ? voiceLabel(voice) : null,
      rate: snapshot?.rate ?? 1,
    };
  }

  private updateLook(): void {
    if (!this.panel) return;
    const html = this.doc.documentElement;
    const raw = Number.parseFloat(html.getAttribute(SCALE_ATTRIBUTE) ?? '');
    const scale = Number.isFinite(raw) && raw > 0 ? Math.min(4, Math.max(1, raw >= 10 ? raw / 100 : raw)) : 1;
    this.panel.setLook({
      scale,
      theme: html.getAttribute(THEME_ATTRIBUTE) || null,
      side: this.context.ui.side,
      toolbarWidth: this.context.ui.toolbar.getBoundingClientRect().width,
    });
  }
}

export const speech: Feature = {
  id: 'speech',
  init(context, signal) {
    new SpeechFeature(context, signal).start();
  },
};
