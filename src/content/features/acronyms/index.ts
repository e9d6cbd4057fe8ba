// Explains acronyms where they stand: each known acronym in the article gets an accessible tooltip and the toolbar a glossary.
// Pages that show it: demo/kiengiang.gov.vn/tin-tuc/nam-dan-van-chinh-quyen.html (UBND, BDVTU, NDVCQ defined in
// the article), demo/kiengiang.gov.vn/tin-tuc/hoi-nghi-cai-cach-hanh-chinh.html, and the fixture
// tests/fixtures/pages/baochinhphu.vn--chinh-sach-moi-thang-3-2026 (NĐ-CP from the built-in dictionary).
// Precedence: a definition in the article, then the user's dictionary (options page), then the built-in one.
// The reader's preferences (settings.acronyms): the dotted underline shown or not, and tooltips opening on hover
// (and tap, click, focus) or only on a tap, a click or focus. The context menu's "Giải thích từ viết tắt" asks
// here ('acronyms/explain'): this page has the article's resolution.
import { MAX_SHORT_CHARS, type AcronymResolution, type ArticleModel, type UserAcronym } from '../../../core/index';
import { addEntry, loadDictionary, onDictionaryChanged } from '../../../shared/dictionary';
import { describeDictionaryError } from '../../../shared/dictionary-messages';
import { t } from '../../../shared/i18n';
import { listen, sendMessage, type AcronymExplanation, type AcronymGlossary } from '../../../shared/messages';
import type { Settings } from '../../../shared/settings';
import type { Feature, FeatureContext } from '../../feature';
import { articleAcronymsSoon } from '../../ui/article-acronyms';
import { AbortedError } from '../../pacing';
import { Annotator } from './annotate';
import { GlossaryPanel } from './glossary';
import pageCss from '../../../shared/acronyms-ui/page.css?raw';
import { ACRONYMS_CSS } from './styles';
import { ABBR_ATTRIBUTE, AcronymTooltip } from '../../../shared/acronyms-ui/tooltip';

/** The <html> attribute that gates page.css; its value "plain" leaves out the underline. */
export const PAGE_ATTRIBUTE = 'data-dedoc-acronyms';
/** Characters of the selected text's node given to the resolver as its context (a sentence or two each side). */
const EXPLAIN_CONTEXT_CHARS = 200;

function pageAttribute(settings: Settings): string {
  return settings.acronyms.isUnderlined ? '' : 'plain';
}
/** Our UI text is never smaller than this (elderly readers), whatever the page's own size. */
const MIN_UI_FONT_PX = 18;
const MAX_UI_FONT_PX = 64;

/** scripting.insertCSS persists for the life of the document: ask once, even if the feature restarts. */
let isPageCssRequested = false;
/** A switched-off instance may still be putting the page back (in slices): a new one waits for it. */
let restoring: Promise<void> = Promise.resolve();

/** What a screen reader says for an occurrence (aria-description): the meaning(s), and where they come from. */
function describe(resolution: AcronymResolution): string {
  const meanings = [resolution.expansion, ...resolution.alternatives].reduce((a, b) => t('acronyms_or', [a, b]));
  const key = resolution.source === 'page' ? 'acronyms_describedPage' : resolution.source === 'user' ? 'acronyms_describedUser' : 'acronyms_describedBuiltin';
  return t(key, meanings);
}

export const acronyms: Feature = {
  id: 'acronyms',
  async init(context: FeatureContext, signal: AbortSignal): Promise<void> {
    const doc = context.document;
    const html = doc.documentElement;
    html.setAttribute(PAGE_ATTRIBUTE, pageAttribute(context.settings()));
    signal.addEventListener('abort', () => html.removeAttribute(PAGE_ATTRIBUTE), { once: true });
    if (!isPageCssRequested) {
      isPageCssRequested = true;
      void sendMessage('acronyms/insert-css', { css: pageCss }).catch(() => {
        isPageCssRequested = false;
      });
    }

    const annotator = new Annotator({
      doc,
      ignoreMutations: (change) => context.article.ignoreMutations(change),
      describe,
      // The article's resolution is shared with the summary and read-aloud: made once per article and dictionary.
      resolverFor: (model, user) => (context.article.current() === model ? articleAcronymsSoon(context, user) : null),
    });
    signal.addEventListener(
      'abort',
      () => {
        restoring = annotator.restoreInSlices().catch((error: unknown) => console.warn('[Dễ Đọc] acronyms: restore failed', error));
      },
      { once: true },
    );

    /** The reader's text size for our UI: their scale for this site, or the page text's own size if larger. */
    const fontPx = (near: Element | null): number => {
      const scale = Math.max(context.site().scale, Number(html.getAttribute('data-dedoc-scale')) || 1);
      const nearPx = near ? parseFloat(doc.defaultView?.getComputedStyle(near).fontSize ?? '') || 0 : 0;
      return Math.round(Math.min(MAX_UI_FONT_PX, Math.max(MIN_UI_FONT_PX * scale, nearPx)));
    };
    // A page may only add an acronym the user does not have yet (the background checks it); a refusal is said in
    // the reader's language.
    const save = (short: string, long: string): Promise<void> =>
      addEntry({ short, long }).catch((error: unknown) => Promise.reject(new Error(describeDictionaryError(error))));

    const style = doc.createElement('style');
    style.textContent = ACRONYMS_CSS;
    context.ui.shadow.append(style);
    signal.addEventListener('abort', () => style.remove(), { once: true });

    const tooltip = new AcronymTooltip({
      doc,
      shadow: context.ui.shadow,
      annotator,
      signal,
      fontPx,
      save,
      openOn: () => context.settings().acronyms.openOn,
    });

    const list = (): AcronymGlossary => {
      const model = context.article.current();
      const { entries, unknown } = annotator.glossary();
      return {
        hasArticle: model !== null,
        items: entries.map((e) => ({
          short: e.form,
          expansion: e.resolution.expansion,
          alternatives: e.resolution.alternatives,
          source: e.resolution.source,
          ...(e.resolution.note ? { note: e.resolution.note } : {}),
          count: e.count,
        })),
        unknown,
      };
    };

    let button: HTMLButtonElement | null = null;
    const panel = new GlossaryPanel({
      doc,
      shadow: context.ui.shadow,
      signal,
      list,
      fontPx: () => fontPx(null),
      side: () => context.ui.side,
      save,
      showInArticle: (short, expansion) => {
        const entry = annotator.glossary().entries.find((e) => e.form === short && e.resolution.expansion === expansion);
        if (!entry) return;
        const target = entry.first;
        target.scrollIntoView({ block: 'center' });
        // Inside a link the link is the tab stop: focus it, and show the tooltip of the occurrence itself.
        const stop = target.hasAttribute('tabindex') ? target : (target.closest('a[href]') as HTMLElement | null);
        stop?.focus({ preventScroll: true });
        // Opened here, not by the focus event: a focus moved by a script (ours or the page's) opens nothing.
        tooltip.showFor({ kind: 'abbr', element: target }, 'focus');
      },
      onClose: (returnFocus) => {
        context.ui.panelClosed('acronyms');
        button?.setAttribute('aria-expanded', 'false');
        if (returnFocus) button?.focus();
      },
    });
    context.ui.onSideChange(() => panel.refresh(), signal);
    button = context.ui.addButton(
      {
        action: 'acronyms-glossary',
        label: t('acronyms_buttonLabel'),
        text: t('acronyms_buttonText'),
        onActivate: () => {
          if (panel.isOpen) panel.close(true);
          else {
            tooltip.close();
            context.ui.panelOpening({ id: 'acronyms', close: () => panel.close(false) });
            panel.open();
            button?.setAttribute('aria-expanded', 'true');
          }
        },
      },
      signal,
    );
    button.setAttribute('aria-expanded', 'false');
    button.setAttribute('aria-controls', panel.element.id);
    // Busy until the article's acronyms are all found (screen readers say so; the glossary is still growing).
    button.setAttribute('aria-busy', 'true');

    /** The reader selected text and chose "Giải thích từ viết tắt": its meaning beside it, or the offer to add one. */
    const explain = (text: string): AcronymExplanation => {
      const form = text.normalize('NFC').replace(/\s+/g, ' ').trim();
      if (!form || form.length > MAX_SHORT_CHARS || !/\p{L}/u.test(form)) return { form: form.slice(0, MAX_SHORT_CHARS), status: 'not-acronym' };
      const selection = doc.getSelection();
      const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : null;
      const isSelected = range !== null && range.toString().replace(/\s+/g, ' ').trim() === form;
      const start = range?.startContainer;
      const wrapper = isSelected && start ? (start.nodeType === 1 ? (start as Element) : start.parentElement)?.closest(`abbr[${ABBR_ATTRIBUTE}]`) : null;
      const info = wrapper && annotator.isOurs(wrapper) ? annotator.infoOf(wrapper) : undefined;
      if (info && info.form === form) {
        tooltip.showFor({ kind: 'abbr', element: wrapper as HTMLElement }, 'click');
        return { form, status: 'explained', expansion: info.resolution.expansion, source: info.resolution.source, isShown: true };
      }
      const node = start?.nodeType === 3 ? (start as Text) : null;
      const offset = range?.startOffset ?? 0;
      const from = Math.max(0, offset - EXPLAIN_CONTEXT_CHARS);
      const around = node ? node.data.slice(from, offset + form.length + EXPLAIN_CONTEXT_CHARS) : undefined;
      const resolution = annotator.explain(form, around, around === undefined ? undefined : offset - from);
      if (resolution) {
        if (isSelected) tooltip.showFor({ kind: 'range', range, info: { form, resolution } }, 'click');
        return { form, status: 'explained', expansion: resolution.expansion, source: resolution.source, isShown: isSelected };
      }
      if (isSelected) tooltip.showFor({ kind: 'unknown', range, form }, 'click');
      return { form, status: 'unknown', isShown: isSelected };
    };

    const stopListening = listen({
      'acronyms/list': async () => list(),
      'acronyms/explain': async ({ text }) => explain(typeof text === 'string' ? text.slice(0, 1000) : ''),
    });
    signal.addEventListener('abort', stopListening, { once: true });

    // One annotation pass at a time; a change that arrives meanwhile runs once more afterwards.
    let isRunning = false;
    let isDirty = false;
    const schedule = (): void => {
      isDirty = true;
      if (isRunning) return;
      isRunning = true;
      button?.setAttribute('aria-busy', 'true');
      void (async () => {
        try {
          while (isDirty && !signal.aborted) {
            isDirty = false;
            await annotator.run(context.article.current(), signal);
          }
          panel.refresh();
        } catch (error) {
          if (!(error instanceof AbortedError)) console.warn('[Dễ Đọc] acronyms: annotation failed', error);
        } finally {
          isRunning = false;
          if (!signal.aborted) button?.setAttribute('aria-busy', 'false');
        }
      })();
    };

    const stopDictionary = onDictionaryChanged((entries: UserAcronym[]) => {
      annotator.setUserEntries(entries);
      schedule();
    });
    signal.addEventListener('abort', stopDictionary, { once: true });
    context.article.onChange((_model: ArticleModel | null) => schedule());
    context.onSettings((settings) => {
      html.setAttribute(PAGE_ATTRIBUTE, pageAttribute(settings));
      if (panel.isOpen) panel.refresh();
    });

    const [{ entries }] = await Promise.all([loadDictionary().catch(() => ({ entries: [] as UserAcronym[] })), restoring]);
    if (signal.aborted) return;
    annotator.setUserEntries(entries);
    schedule();
  },
};
