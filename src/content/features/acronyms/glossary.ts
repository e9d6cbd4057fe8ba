// The glossary panel: every acronym of the article with its expansion and where it comes from, opened from the
// toolbar (data-action="acronyms-glossary"). It is the keyboard user's way to all expansions without a tab stop
// on every occurrence, and the way to add an explanation for an acronym nobody explains yet.
import type { AcronymGlossary } from '../../../shared/messages';
import { t, uiLanguage } from '../../../shared/i18n';
import { onTrusted } from '../../ui/events';
import { buildAddForm } from '../../../shared/acronyms-ui/add-form';
import { sourceLabel } from '../../../shared/acronyms-ui/tooltip';

export interface GlossaryPanelDeps {
  doc: Document;
  shadow: ShadowRoot;
  signal: AbortSignal;
  /** The current list (computed when the panel opens or the annotation changes). */
  list(): AcronymGlossary;
  /** Focuses the first occurrence of an acronym in the article (its tooltip opens on focus). */
  showInArticle(short: string, expansion: string): void;
  fontPx(): number;
  /** Which side the toolbar sits on, so the panel opens beside it. */
  side(): 'left' | 'right';
  save(short: string, long: string): Promise<void>;
  /** Called when the panel closes, with whether focus should return to the toolbar button. */
  onClose(returnFocus: boolean): void;
}

export class GlossaryPanel {
  readonly element: HTMLElement;
  private readonly heading: HTMLElement;
  private readonly body: HTMLElement;
  private renderController: AbortController | null = null;

  constructor(private readonly deps: GlossaryPanelDeps) {
    const { doc, shadow, signal } = deps;
    this.element = doc.createElement('div');
    this.element.className = 'acr-panel acr-surface';
    this.element.id = 'dedoc-acronym-glossary';
    this.element.hidden = true;
    this.element.lang = uiLanguage();
    this.element.setAttribute('role', 'dialog');
    this.element.setAttribute('aria-labelledby', 'dedoc-acronym-glossary-title');
    const head = doc.createElement('div');
    head.className = 'acr-panel-head';
    this.heading = doc.createElement('h2');
    this.heading.id = 'dedoc-acronym-glossary-title';
    this.heading.tabIndex = -1;
    this.heading.textContent = t('acronyms_glossaryTitle');
    const close = doc.createElement('button');
    close.type = 'button';
    close.className = 'secondary';
    close.dataset.action = 'acronyms-glossary-close';
    close.setAttribute('aria-label', t('acronyms_closeLabel'));
    close.textContent = '✕';
    head.append(this.heading, close);
    this.body = doc.createElement('div');
    this.element.append(head, this.body);
    shadow.append(this.element);
    onTrusted(close, 'click', () => this.close(true), signal);
    onTrusted(this.element, 'keydown', (event) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      this.close(true);
    }, signal);
    signal.addEventListener('abort', () => {
      this.renderController?.abort();
      this.element.remove();
    }, { once: true });
  }

  get isOpen(): boolean {
    return !this.element.hidden;
  }

  open(): void {
    this.render();
    this.element.hidden = false;
    this.heading.focus();
  }

  close(returnFocus: boolean): void {
    if (!this.isOpen) return;
    this.element.hidden = true;
    this.renderController?.abort();
    this.body.replaceChildren();
    this.deps.onClose(returnFocus);
  }

  /** Redraws while open (the article or the dictionary changed); keeps focus where it was if it can. */
  refresh(): void {
    if (!this.isOpen) return;
    const active = this.deps.shadow.activeElement as HTMLElement | null;
    const isTyping = active?.tagName === 'INPUT' && this.element.contains(active);
    if (isTyping) return;
    const focusKey = active?.dataset.key ?? null;
    this.render();
    if (focusKey) (this.body.querySelector(`[data-key="${CSS.escape(focusKey)}"]`) as HTMLElement | null)?.focus();
  }

  private render(): void {
    const { doc } = this.deps;
    this.renderController?.abort();
    this.renderController = new AbortController();
    const signal = AbortSignal.any([this.deps.signal, this.renderController.signal]);
    this.element.dataset.side = this.deps.side();
    this.element.style.setProperty('--acr-font', `${this.deps.fontPx()}px`);
    const glossary = this.deps.list();
    const parts: Node[] = [];
    if (!glossary.hasArticle) {
      parts.push(paragraph(doc, t('acronyms_noArticle'), 'acr-empty'));
    } else if (glossary.items.length === 0) {
      parts.push(paragraph(doc, t('acronyms_glossaryEmpty'), 'acr-empty'));
    }
    if (glossary.items.length > 0) {
      const list = doc.createElement('ul');
      list.className = 'acr-list';
      list.dataset.list = 'known';
      for (const item of glossary.items) {
        const li = doc.createElement('li');
        li.className = 'acr-item';
        li.dataset.short = item.short;
        const row = doc.createElement('p');
        row.className = 'acr-row';
        const term = doc.createElement('span');
        term.className = 'acr-term';
        term.lang = 'vi';
        term.textContent = item.short;
        const source = doc.createElement('span');
        source.className = 'acr-source';
        source.textContent = sourceLabel(item.source);
        const count = doc.createElement('span');
        count.className = 'acr-count';
        count.textContent = t('acronyms_count', String(item.count));
        row.append(term, source, count);
        li.append(row);
        if (item.alternatives.length === 0) {
          const long = paragraph(doc, item.expansion, 'acr-long');
          long.lang = 'vi';
          li.append(long);
        } else {
          li.append(paragraph(doc, t('acronyms_maybe'), 'acr-maybe'));
          const alts = doc.createElement('ul');
          alts.className = 'acr-alts';
          alts.lang = 'vi';
          for (const meaning of [item.expansion, ...item.alternatives]) {
            const alt = doc.createElement('li');
            alt.textContent = meaning;
            alts.append(alt);
          }
          li.append(alts);
        }
        if (item.note) {
          const note = paragraph(doc, item.note, 'acr-note');
          note.lang = 'vi';
          li.append(note);
        }
        const actions = doc.createElement('div');
        actions.className = 'acr-actions';
        const show = doc.createElement('button');
        show.type = 'button';
        show.className = 'secondary';
        show.dataset.action = 'acronyms-goto';
        show.dataset.key = `goto:${item.short}:${item.expansion}`;
        show.setAttribute('aria-label', t('acronyms_gotoLabel', item.short));
        show.textContent = t('acronyms_goto');
        onTrusted(show, 'click', () => this.deps.showInArticle(item.short, item.expansion), signal);
        actions.append(show);
        li.append(actions);
        list.append(li);
      }
      parts.push(list);
    }
    if (glossary.unknown.length > 0) {
      const heading = doc.createElement('h3');
      heading.textContent = t('acronyms_unknownHeading');
      const list = doc.createElement('ul');
      list.className = 'acr-list';
      list.dataset.list = 'unknown';
      for (const form of glossary.unknown) {
        const li = doc.createElement('li');
        li.className = 'acr-item';
        li.dataset.short = form;
        const row = doc.createElement('p');
        row.className = 'acr-row';
        const term = doc.createElement('span');
        term.className = 'acr-term';
        term.lang = 'vi';
        term.textContent = form;
        row.append(term);
        const actions = doc.createElement('div');
        actions.className = 'acr-actions';
        const add = doc.createElement('button');
        add.type = 'button';
        add.className = 'secondary';
        add.dataset.action = 'acronyms-add';
        add.dataset.key = `add:${form}`;
        add.setAttribute('aria-label', t('acronyms_addLabel', form));
        add.textContent = t('acronyms_add');
        onTrusted(add, 'click', () => {
          const formEl = buildAddForm({
            doc,
            short: form,
            signal,
            save: this.deps.save,
            onCancel: () => {
              formEl.replaceWith(actions);
              add.focus();
            },
            onSaved: () => {
              const done = paragraph(doc, t('acronyms_savedToDictionary', form), 'acr-status');
              done.setAttribute('role', 'status');
              done.tabIndex = -1;
              formEl.replaceWith(done);
              done.focus();
            },
          });
          actions.replaceWith(formEl);
          formEl.querySelector('input')?.focus();
        }, signal);
        actions.append(add);
        li.append(row, actions);
        list.append(li);
      }
      parts.push(heading, list);
    }
    this.body.replaceChildren(...parts);
  }
}

function paragraph(doc: Document, text: string, className: string): HTMLElement {
  const p = doc.createElement('p');
  p.className = className;
  p.textContent = text;
  return p;
}
