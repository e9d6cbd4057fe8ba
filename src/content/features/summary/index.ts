// Summary panel: a "Tóm tắt" button (toolbar and popup) opens the article's lead, its key sentences made on the device (short / medium / long, each one jumps to and highlights itself in the article) and its key facts.
// Pages that show it: the demo kiengiang.gov.vn/tin-tuc/nam-dan-van-chinh-quyen.html and the fixtures baochinhphu.vn--chinh-sach-moi-thang-3-2026, vnexpress.net--soc-nang-luong and qdnd.vn--article.excerpt (tests/e2e/summary.e2e.ts); no button on the demo home page (no article).
//
// Nothing is computed for a page the reader only looks at: the summary and the key facts are made when the panel first
// opens (from the toolbar or the popup), each step (text, sentences of every length in slices, the reader's length,
// key facts) a short task of its own while the panel says it is working, so no task is long and the page load pays
// nothing for a summary nobody asked for.
import { summarize, summarizePrepared, warmUpKeyFacts, type ArticleModel, type PreparedSummary, type UserAcronym } from '../../../core/index';
import { loadDictionary, onDictionaryChanged } from '../../../shared/dictionary';
import { t } from '../../../shared/i18n';
import { listen, type SummaryStatus } from '../../../shared/messages';
import { updateSettings, type SummaryLength } from '../../../shared/settings';
import type { Feature, FeatureContext } from '../../feature';
import { findLead, summaryElements, summaryPreparationOf, summaryText } from './compute';
import { planFacts, type FactStep, type FactView } from './facts';
import { driveFor } from '../../schedule';
import { articleAcronyms, articleAcronymsSoon } from '../../ui/article-acronyms';
import { Highlighter, scrollRangeIntoView } from '../../ui/highlight';
import { locateSentence } from '../../ui/locate';
import pageCss from './page.css?raw';
import { PANEL_ID, SummaryPanel, type PanelLook } from './panel';
import { PANEL_CSS } from './panel-styles';
import { LENGTH_BUDGETS, WARM_UP_CHARS } from './lengths';

/** The <html> attributes other features set that the panel follows: text size (scale) and colour theme. */
const SCALE_ATTRIBUTE = 'data-dedoc-scale';
const THEME_ATTRIBUTE = 'data-dedoc-theme';
/** The highlight of the sentence the reader picked: its CSS Custom Highlight name and the <html> attribute gating it. */
export const HIGHLIGHT_NAME = 'dedoc-summary';
export const HIGHLIGHT_ATTRIBUTE = 'data-dedoc-summary-highlight';
/** Long enough for a reader who moves their eyes slowly to find the marked sentence, short enough not to linger. */
export const HIGHLIGHT_MS = 4000;

interface Session {
  model: ArticleModel;
  controller: AbortController;
  button: HTMLButtonElement;
  text: string | null;
  lead: string | null;
  sentences: Map<SummaryLength, string[]>;
  /** The summary worked out for every length (undefined until done; null: the text has no sentences). */
  prepared: PreparedSummary | null | undefined;
  /** summaryPreparation under way, stepped in idle slices (see prepareSummary). */
  preparing: Generator<void, PreparedSummary | null> | null;
  facts: FactView | null;
  factSteps: FactStep[];
  /** Which plan of the facts is current: a change of the reader's dictionary makes a new one. */
  factsPlan: number;
  /** The reader asked for the summary: its steps are under way or done (see prepareSoon). */
  isRequested: boolean;
}

/** Work per idle task of the summary's preparation before it hands the page back. */
const STEP_BUDGET_MS = 8;

/** The reader's text-size factor from html[data-dedoc-scale]: "1.5" (factor) or "150" (percent); 1 when absent. */
export function parseScale(value: string | null): number {
  const number = value === null ? NaN : Number.parseFloat(value);
  if (!Number.isFinite(number) || number <= 0) return 1;
  const factor = number >= 10 ? number / 100 : number;
  return Math.min(4, Math.max(1, factor));
}

class SummaryFeature {
  private readonly doc: Document;
  private readonly view: Window;
  private session: Session | null = null;
  /** warmUpKeyFacts ran in this page (the compiled patterns stay for every later article). */
  private hasWarmedFacts = false;
  private panel: SummaryPanel | null = null;
  private highlighter: Highlighter | null = null;
  private length: SummaryLength;
  /** The reader's own acronyms (options page): the article's acronym resolution reads them before the built-in ones. */
  private userEntries: readonly UserAcronym[] = [];

  constructor(
    private readonly context: FeatureContext,
    private readonly signal: AbortSignal,
  ) {
    this.doc = context.document;
    const view = this.doc.defaultView;
    if (!view) throw new Error('no window');
    this.view = view;
    this.length = context.settings().summaryLength ?? 'medium';
  }

  start(): void {
    // Styles of the toolbar button and the panel, inside the shadow root only.
    const style = this.doc.createElement('style');
    style.textContent = PANEL_CSS;
    this.context.ui.shadow.append(style);
    this.signal.addEventListener('abort', () => style.remove(), { once: true });
    const stopListening = listen({
      'summary/status': async () => this.status(),
      'summary/open': async () => {
        const active = this.doc.activeElement as HTMLElement | null;
        this.open(active && active !== this.doc.body ? active : null);
        return this.status();
      },
    });
    this.signal.addEventListener('abort', stopListening, { once: true });
    this.signal.addEventListener('abort', () => this.endSession(), { once: true });
    // The reader's dictionary, as the acronym tooltips load it: the facts read acronyms through the same resolution.
    loadDictionary()
      .then(({ entries }) => this.setUserEntries(entries))
      .catch(() => undefined);
    const stopDictionary = onDictionaryChanged((entries) => this.setUserEntries(entries));
    this.signal.addEventListener('abort', stopDictionary, { once: true });
    this.context.article.onChange((model) => this.setArticle(model));
    this.context.onSettings((settings) => {
      if (settings.summaryLength && settings.summaryLength !== this.length) this.setLength(settings.summaryLength, false);
      this.updateLook();
    });
    this.context.ui.onSideChange(() => this.updateLook(), this.signal);
    const Observer = (this.view as Window & { MutationObserver: typeof MutationObserver }).MutationObserver;
    const observer = new Observer(() => this.updateLook());
    observer.observe(this.doc.documentElement, { attributes: true, attributeFilter: [SCALE_ATTRIBUTE, THEME_ATTRIBUTE] });
    this.signal.addEventListener('abort', () => observer.disconnect(), { once: true });
    this.setArticle(this.context.article.current());
  }

  /** Runs a reader's action; a failure is logged with the feature's name instead of vanishing in a handler. */
  private guard(what: string, action: () => void): void {
    try {
      action();
    } catch (error) {
      console.warn(`[Dễ Đọc] summary: could not ${what}`, error);
    }
  }

  private status(): SummaryStatus {
    return { hasArticle: this.session !== null, isOpen: this.panel?.isOpen ?? false };
  }

  private setArticle(model: ArticleModel | null): void {
    if (this.session?.model === model) return;
    const wasOpen = this.panel?.isOpen ?? false;
    this.endSession();
    if (!model || this.signal.aborted) {
      this.panel?.close();
      return;
    }
    const controller = new AbortController();
    // The session ends with the feature; the link itself goes when the session ends first (article rebuilt).
    this.signal.addEventListener('abort', () => controller.abort(), { once: true, signal: controller.signal });
    const button = this.context.ui.addButton(
      {
        action: 'summary-open',
        label: t('summary_buttonLabel'),
        text: t('summary_button'),
        onActivate: () => this.guard('open the panel', () => (this.panel?.isOpen ? this.close() : this.open(button))),
      },
      controller.signal,
    );
    button.setAttribute('aria-expanded', 'false');
    if (this.panel) button.setAttribute('aria-controls', PANEL_ID);
    const session: Session = {
      model,
      controller,
      button,
      text: null,
      lead: null,
      sentences: new Map(),
      prepared: undefined,
      preparing: null,
      facts: null,
      factSteps: [],
      factsPlan: 0,
      isRequested: false,
    };
    this.session = session;
    if (wasOpen) {
      // The page rebuilt its article while the reader had the panel open: show the new one.
      this.button?.setAttribute('aria-expanded', 'true');
      this.render();
      this.prepareSoon(session);
    }
  }

  /**
   * The reader asked for the summary: its steps run now, one short task each (a timer, not idle time, which a busy
   * page may not give for a while), and the panel shows each part as it is done. Runs once per session.
   */
  private prepareSoon(session: Session): void {
    if (session.isRequested) return;
    session.isRequested = true;
    // With the reader's dictionary as it is now (a later change plans them again: setUserEntries).
    this.planSessionFacts(session);
    const steps: Array<() => 'again' | void> = [
      () => this.prepare(session),
      // The first summarize() call of a page also compiles the summarizer (V8 compiles functions on first use),
      // which on a slow machine costs more than the summary itself: a short text pays that in a task of its own.
      () => void summarize((session.text ?? '').slice(0, WARM_UP_CHARS)),
      // The summary for every length, sentence by sentence in slices of STEP_BUDGET_MS: a long article never makes
      // one long task; the reader's length is then one quick step.
      () => this.prepareSummary(session),
      () => void this.ensureSentences(session, this.length),
      // The facts' patterns are compiled in five short tasks of their own, once per page (see warmUpKeyFacts).
      ...(this.hasWarmedFacts ? [] : warmUpKeyFacts().map((step) => () => void step())),
    ];
    this.hasWarmedFacts = true;
    const signal = session.controller.signal;
    let timer = 0;
    const next = (): void => {
      if (signal.aborted || session !== this.session) return;
      const step = steps[0];
      if (!step) {
        // The sentences are shown; the facts come next (their own steps, shared with a dictionary change).
        if (!session.facts) this.finishFactsSoon(session);
        return;
      }
      // A step that fails is logged and left behind: the rest still run.
      let isAgain = false;
      this.guard('prepare the summary', () => void (isAgain = step() === 'again'));
      if (!isAgain) steps.shift();
      if (session.sentences.has(this.length) && this.panel?.isOpen) this.render();
      timer = this.view.setTimeout(next, 0);
    };
    timer = this.view.setTimeout(next, 0);
    signal.addEventListener('abort', () => this.view.clearTimeout(timer), { once: true });
  }

  /**
   * The facts' steps for a session, reading acronyms through the article's one resolution with the reader's current
   * dictionary (the per-article memo the tooltips and read-aloud share). A newer plan makes an older one's result void.
   */
  private planSessionFacts(session: Session): void {
    const plan = ++session.factsPlan;
    const isCurrent = () => this.context.article.current() === session.model;
    // The article's resolution is made in slices first (a long article's definitions take a while), then read at once.
    let isResolved = !isCurrent();
    if (!isResolved) {
      const done = () => void (isResolved = true);
      articleAcronymsSoon(this.context, this.userEntries).then(done, done);
    }
    const facts = planFacts(session.model, () => (isCurrent() ? articleAcronyms(this.context, this.userEntries) : null));
    const steps = facts.steps.map((step, i) => () => {
      if (plan !== session.factsPlan) return;
      if (step() === 'again') return 'again';
      if (i === facts.steps.length - 1) session.facts = facts.result();
    });
    session.factSteps = [() => (isResolved || plan !== session.factsPlan ? undefined : 'again'), ...steps];
  }

  /** The reader's dictionary was loaded or changed: the facts are read again with it, in idle slices as before. */
  private setUserEntries(entries: readonly UserAcronym[]): void {
    const isSame = entries.length === 0 && this.userEntries.length === 0;
    this.userEntries = entries;
    const session = this.session;
    // Facts not asked for yet are planned with the dictionary as it is when the reader asks.
    if (isSame || !session || !session.isRequested || this.signal.aborted) return;
    session.facts = null;
    this.planSessionFacts(session);
    if (this.panel?.isOpen) this.finishFactsSoon(session);
  }

  private get button(): HTMLButtonElement | null {
    return this.session?.button ?? null;
  }

  private endSession(): void {
    const session = this.session;
    if (!session) return;
    this.session = null;
    session.controller.abort();
    this.highlighter?.clear();
  }

  private prepare(session: Session): void {
    if (session.text !== null) return;
    session.text = summaryText(session.model);
    session.lead = findLead(session.model)?.text ?? null;
  }

  /** Goes on with the summary's preparation for up to STEP_BUDGET_MS; "again" when it is not done yet. */
  private prepareSummary(session: Session): 'again' | void {
    if (session.prepared !== undefined) return;
    this.prepare(session);
    session.preparing ??= summaryPreparationOf(session.model, session.text ?? '');
    const result = driveFor(session.preparing, STEP_BUDGET_MS);
    if (!result.done) return 'again';
    session.prepared = result.value;
    session.preparing = null;
  }

  private ensureSentences(session: Session, length: SummaryLength): string[] {
    this.prepare(session);
    let sentences = session.sentences.get(length);
    if (!sentences) {
      // The reader is waiting: what is left of the preparation runs now.
      while (this.prepareSummary(session) === 'again');
      sentences = summarizePrepared(session.prepared ?? null, LENGTH_BUDGETS[length]);
      session.sentences.set(length, sentences);
    }
    return sentences;
  }


  private ensurePanel(): SummaryPanel {
    if (this.panel) return this.panel;
    this.panel = new SummaryPanel(
      this.doc,
      this.context.ui.shadow,
      {
        onClose: () => this.guard('close the panel', () => this.close()),
        onLength: (length) => this.guard('change the length', () => this.setLength(length, true)),
        onSentence: (index) => {
          let isFound = false;
          this.guard('show the sentence', () => (isFound = this.showSentence(index)));
          return isFound;
        },
      },
      this.signal,
    );
    this.button?.setAttribute('aria-controls', PANEL_ID);
    return this.panel;
  }

  private open(opener: HTMLElement | null): void {
    const session = this.session;
    if (!session) return;
    const panel = this.ensurePanel();
    // Look first (it reads the toolbar's width: one layout while the panel is still hidden), then content.
    this.updateLook();
    this.render();
    this.context.ui.panelOpening({ id: 'summary', close: () => this.close() });
    panel.open(opener);
    this.button?.setAttribute('aria-expanded', 'true');
    // Made now if not yet (the panel says it is working meanwhile); facts read again after a dictionary change.
    if (!session.isRequested) this.prepareSoon(session);
    else if (!session.facts) this.finishFactsSoon(session);
  }

  /**
   * The reader is waiting for the facts: the rest of their steps run now, one short task each, instead of waiting
   * for idle time that a busy page may not give for a while. Steps run once, whichever path reaches them first.
   */
  private finishFactsSoon(session: Session): void {
    const pending = [...session.factSteps];
    const signal = session.controller.signal;
    let timer = 0;
    const next = (): void => {
      if (signal.aborted || session !== this.session) return;
      const step = pending[0];
      if (!step) return;
      if (step() !== 'again') pending.shift();
      if (session.facts) this.render();
      else timer = this.view.setTimeout(next, 0);
    };
    timer = this.view.setTimeout(next, 0);
    signal.addEventListener('abort', () => this.view.clearTimeout(timer), { once: true });
  }

  private close(): void {
    this.context.ui.panelClosed('summary');
    this.highlighter?.clear();
    this.panel?.close();
    this.button?.setAttribute('aria-expanded', 'false');
  }

  private setLength(length: SummaryLength, isReaderChoice: boolean): void {
    this.length = length;
    const session = this.session;
    if (session && this.panel?.isOpen) {
      // Once the preparation is done another length is one quick step; before that, its last step makes this one.
      if (session.prepared !== undefined) this.ensureSentences(session, length);
      this.render();
    }
    if (isReaderChoice) {
      updateSettings((settings) => ({ ...settings, summaryLength: length })).catch((error: unknown) => {
        console.warn('[Dễ Đọc] could not save the summary length', error);
      });
    }
  }

  private render(): void {
    const session = this.session;
    if (!this.panel || !session) return;
    this.panel.render({
      lead: session.lead,
      length: this.length,
      sentences: session.sentences.get(this.length) ?? null,
      facts: session.facts,
    });
  }

  private showSentence(index: number): boolean {
    const session = this.session;
    const sentence = session?.sentences.get(this.length)?.[index];
    if (!session || sentence === undefined) return false;
    // Found again on every click: the page may have re-rendered the paragraph since the summary was made.
    const range = locateSentence(summaryElements(session.model), sentence) ?? locateSentence([session.model.root], sentence);
    if (!range) return false;
    this.highlighter ??= new Highlighter(this.doc, this.context.ui.shadow, this.signal, {
      name: HIGHLIGHT_NAME,
      attribute: HIGHLIGHT_ATTRIBUTE,
      pageCss,
      boxCss: 'background: rgba(255, 224, 102, 0.45); outline: 2px solid #b35c00;',
    });
    scrollRangeIntoView(range, this.doc);
    this.highlighter.show(range, HIGHLIGHT_MS);
    return true;
  }

  private updateLook(): void {
    if (!this.panel) return;
    const html = this.doc.documentElement;
    const look: PanelLook = {
      scale: parseScale(html.getAttribute(SCALE_ATTRIBUTE)),
      theme: html.getAttribute(THEME_ATTRIBUTE) || null,
      side: this.context.ui.side,
      toolbarWidth: this.context.ui.toolbar.getBoundingClientRect().width,
    };
    this.panel.setLook(look);
  }
}

export const summary: Feature = {
  id: 'summary',
  init(context, signal) {
    new SummaryFeature(context, signal).start();
  },
};
