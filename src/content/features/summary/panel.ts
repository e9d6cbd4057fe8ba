// The summary panel inside <dedoc-root>: a non-modal dialog with the article's lead (its sapo), the key sentences
// (short / medium / long) as buttons that show each sentence in the article, and the key facts. It takes the focus
// when opened, Esc or the close button closes it and gives the focus back to what opened it. Built from nodes
// (page and article strings are only ever text), labelled for screen readers, sized in em of the reader's text size.
import { t, uiLanguage } from '../../../shared/i18n';
import type { SummaryLength } from '../../../shared/settings';
import { onTrusted } from '../../ui/events';
import type { FactItem, FactView } from './facts';

export const PANEL_ID = 'dedoc-summary-panel';
const TITLE_ID = 'dedoc-summary-title';
const HINT_ID = 'dedoc-summary-hint';

/** The order of the length buttons and their labels. */
const LENGTH_LABELS: ReadonlyArray<[SummaryLength, Parameters<typeof t>[0]]> = [
  ['short', 'summary_lengthShort'],
  ['medium', 'summary_lengthMedium'],
  ['long', 'summary_lengthLong'],
];

const FACT_GROUPS: ReadonlyArray<[keyof FactView, Parameters<typeof t>[0]]> = [
  ['when', 'summary_factWhen'],
  ['where', 'summary_factWhere'],
  ['people', 'summary_factPeople'],
  ['organisations', 'summary_factOrganisations'],
  ['figures', 'summary_factFigures'],
];

/** What the panel shows; null parts are still being computed. */
export interface PanelContent {
  lead: string | null;
  length: SummaryLength;
  sentences: readonly string[] | null;
  facts: FactView | null;
}

export interface PanelCallbacks {
  onClose(): void;
  onLength(length: SummaryLength): void;
  /** The reader picked sentence `index`; returns whether it was found in the article. */
  onSentence(index: number): boolean;
}

export interface PanelLook {
  /** Text-size factor (1 = 100 %). */
  scale: number;
  /** Theme name from html[data-dedoc-theme], or null for the default. */
  theme: string | null;
  side: 'left' | 'right';
  /** Width of the toolbar on that side: the panel opens beside it, never over it. */
  toolbarWidth: number;
}

export class SummaryPanel {
  readonly element: HTMLElement;
  private readonly title: HTMLElement;
  private readonly leadSection: HTMLElement;
  private readonly leadText: HTMLElement;
  private readonly lengthButtons = new Map<SummaryLength, HTMLButtonElement>();
  private readonly sentenceList: HTMLOListElement;
  private readonly sentencesStatus: HTMLElement;
  private readonly factsBody: HTMLElement;
  private readonly live: HTMLElement;
  private opener: HTMLElement | null = null;
  private content: PanelContent | null = null;

  constructor(
    private readonly doc: Document,
    shadow: ShadowRoot,
    private readonly callbacks: PanelCallbacks,
    signal: AbortSignal,
  ) {
    const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string): HTMLElementTagNameMap[K] => {
      const node = doc.createElement(tag);
      if (className) node.className = className;
      return node;
    };
    const panel = el('section', 'summary-panel');
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
    this.title.textContent = t('summary_panelTitle');
    // Reserved for the read-aloud work ("read the summary aloud"): an empty slot takes no room until filled.
    const slot = el('div', 'slot');
    slot.dataset.slot = 'read-aloud';
    const close = el('button');
    close.type = 'button';
    close.dataset.action = 'summary-close';
    close.setAttribute('aria-label', t('summary_close'));
    close.title = t('summary_close');
    close.textContent = '×';
    onTrusted(close, 'click', () => this.callbacks.onClose(), signal);
    header.append(this.title, slot, close);

    const content = el('div', 'content');

    this.leadSection = el('section', 'lead-section');
    const leadHeading = el('h3');
    leadHeading.id = 'dedoc-summary-lead-heading';
    leadHeading.textContent = t('summary_leadHeading');
    this.leadSection.setAttribute('aria-labelledby', leadHeading.id);
    this.leadText = el('p', 'lead');
    this.leadText.lang = 'vi';
    this.leadSection.append(leadHeading, this.leadText);

    const sentencesSection = el('section', 'sentences-section');
    const sentencesHeading = el('h3');
    sentencesHeading.id = 'dedoc-summary-sentences-heading';
    sentencesHeading.textContent = t('summary_sentencesHeading');
    sentencesSection.setAttribute('aria-labelledby', sentencesHeading.id);
    const lengths = el('div', 'lengths');
    lengths.setAttribute('role', 'group');
    lengths.setAttribute('aria-label', t('summary_lengthGroup'));
    for (const [length, key] of LENGTH_LABELS) {
      const button = el('button');
      button.type = 'button';
      button.dataset.action = `summary-length-${length}`;
      button.textContent = t(key);
      button.setAttribute('aria-pressed', 'false');
      onTrusted(button, 'click', () => this.callbacks.onLength(length), signal);
      this.lengthButtons.set(length, button);
      lengths.append(button);
    }
    const hint = el('p', 'note');
    hint.id = HINT_ID;
    hint.textContent = t('summary_sentencesHint');
    this.sentencesStatus = el('p');
    this.sentenceList = el('ol', 'sentences');
    this.sentenceList.lang = 'vi';
    sentencesSection.append(sentencesHeading, lengths, hint, this.sentencesStatus, this.sentenceList);

    const factsSection = el('section', 'facts-section');
    const factsHeading = el('h3');
    factsHeading.id = 'dedoc-summary-facts-heading';
    factsHeading.textContent = t('summary_factsHeading');
    factsSection.setAttribute('aria-labelledby', factsHeading.id);
    this.factsBody = el('div', 'facts');
    factsSection.append(factsHeading, this.factsBody);

    const privacy = el('p', 'note');
    privacy.textContent = t('summary_onDevice');

    content.append(this.leadSection, sentencesSection, factsSection, privacy);
    // Announces what a sentence button did (the highlight itself is visual only).
    this.live = el('p', 'visually-hidden');
    this.live.setAttribute('role', 'status');
    panel.append(header, content, this.live);

    onTrusted(panel, 'keydown', (event) => {
      if (event.key !== 'Escape') return;
      // Our Esc: the page's own shortcuts must not see it too.
      event.stopPropagation();
      event.preventDefault();
      this.callbacks.onClose();
    }, signal);
    onTrusted(this.sentenceList, 'click', (event) => {
      const button = (event.target as Element | null)?.closest?.<HTMLElement>('button[data-index]');
      if (!button) return;
      const index = Number(button.dataset.index);
      for (const other of this.sentenceList.querySelectorAll('button[aria-current]')) other.removeAttribute('aria-current');
      const isFound = this.callbacks.onSentence(index);
      if (isFound) button.setAttribute('aria-current', 'true');
      this.announce(isFound ? t('summary_sentenceShown') : t('summary_sentenceLost'));
    }, signal);

    this.element = panel;
    shadow.append(panel);
    signal.addEventListener('abort', () => panel.remove(), { once: true });
  }

  get isOpen(): boolean {
    return !this.element.hidden;
  }

  /** Shows the panel and moves the focus to its title, so a screen reader says where the reader is. */
  open(opener: HTMLElement | null): void {
    this.opener = opener;
    this.element.hidden = false;
    this.title.focus();
  }

  /** Hides the panel and gives the focus back to what opened it (when that is still on the page). */
  close(): void {
    if (!this.isOpen) return;
    this.element.hidden = true;
    this.live.textContent = '';
    const opener = this.opener;
    this.opener = null;
    if (opener?.isConnected) opener.focus();
  }

  setLook(look: PanelLook): void {
    this.element.style.setProperty('--summary-scale', String(look.scale));
    this.element.style.setProperty('--toolbar-room', `${Math.round(look.toolbarWidth + 12)}px`);
    this.element.dataset.side = look.side;
    if (look.theme) this.element.dataset.theme = look.theme;
    else delete this.element.dataset.theme;
  }

  render(content: PanelContent): void {
    const previous = this.content;
    this.content = content;
    this.leadSection.hidden = !content.lead;
    this.leadText.textContent = content.lead ?? '';
    for (const [length, button] of this.lengthButtons) button.setAttribute('aria-pressed', String(length === content.length));
    if (previous?.sentences !== content.sentences) this.renderSentences(content.sentences);
    if (previous?.facts !== content.facts) this.renderFacts(content.facts);
  }

  private renderSentences(sentences: readonly string[] | null): void {
    const focusedIndex = this.focusedSentenceIndex();
    this.sentenceList.replaceChildren();
    this.sentencesStatus.hidden = sentences !== null && sentences.length > 0;
    this.sentencesStatus.textContent = sentences === null ? t('summary_computing') : t('summary_noSentences');
    if (!sentences) return;
    sentences.forEach((sentence, index) => {
      const item = this.doc.createElement('li');
      const button = this.doc.createElement('button');
      button.type = 'button';
      button.dataset.action = 'summary-sentence';
      button.dataset.index = String(index);
      button.setAttribute('aria-describedby', HINT_ID);
      button.textContent = sentence;
      item.append(button);
      this.sentenceList.append(item);
    });
    // A length change rebuilds the list: keep a keyboard user's place instead of dropping the focus to <body>.
    if (focusedIndex !== null) {
      const buttons = this.sentenceList.querySelectorAll<HTMLButtonElement>('button');
      (buttons[Math.min(focusedIndex, buttons.length - 1)] ?? this.title).focus();
    }
  }

  private focusedSentenceIndex(): number | null {
    const active = (this.element.getRootNode() as ShadowRoot).activeElement as HTMLElement | null;
    if (!active || !this.sentenceList.contains(active)) return null;
    return Number(active.dataset.index ?? 0);
  }

  private renderFacts(facts: FactView | null): void {
    this.factsBody.replaceChildren();
    if (!facts) {
      const waiting = this.doc.createElement('p');
      waiting.textContent = t('summary_computing');
      this.factsBody.append(waiting);
      return;
    }
    const list = this.doc.createElement('dl');
    for (const [group, key] of FACT_GROUPS) {
      const items = facts[group];
      if (items.length === 0) continue;
      const term = this.doc.createElement('dt');
      term.textContent = t(key);
      const description = this.doc.createElement('dd');
      description.dataset.fact = group;
      const entries = this.doc.createElement('ul');
      entries.lang = 'vi';
      for (const item of items) entries.append(this.factItem(item));
      description.append(entries);
      list.append(term, description);
    }
    if (list.childElementCount === 0) {
      const none = this.doc.createElement('p');
      none.textContent = t('summary_noFacts');
      this.factsBody.append(none);
      return;
    }
    this.factsBody.append(list);
  }

  private factItem(item: FactItem): HTMLLIElement {
    const entry = this.doc.createElement('li');
    const main = this.doc.createElement('strong');
    main.textContent = item.main;
    entry.append(main);
    if (item.detail) {
      const detail = this.doc.createElement('span');
      detail.className = 'detail';
      detail.textContent = ` ${item.separator ?? '–'} ${item.detail}`;
      entry.append(detail);
    }
    return entry;
  }

  private announce(message: string): void {
    // Cleared first so that the same message twice is announced twice.
    this.live.textContent = '';
    this.doc.defaultView?.setTimeout(() => {
      this.live.textContent = message;
    }, 50);
  }
}
