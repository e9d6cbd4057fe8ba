// Explains acronyms where they stand: each known acronym in the article gets an accessible tooltip and the toolbar a glossary.
// Pages that show it: demo/kiengiang.gov.vn/tin-tuc/nam-dan-van-chinh-quyen.html (UBND, BDVTU, NDVCQ defined in
// the article), demo/kiengiang.gov.vn/tin-tuc/hoi-nghi-cai-cach-hanh-chinh.html, and the fixture
// tests/fixtures/pages/baochinhphu.vn--chinh-sach-moi-thang-3-2026 (NĐ-CP from the built-in dictionary).
// Precedence: a definition in the article, then the user's dictionary (options page), then the built-in one.
import type { AcronymResolution, ArticleModel, UserAcronym } from '../../../core/index';
import { loadDictionary, onDictionaryChanged, putEntry } from '../../../shared/dictionary';
import { t } from '../../../shared/i18n';
import { listen, sendMessage, type AcronymGlossary } from '../../../shared/messages';
import type { Feature, FeatureContext } from '../../feature';
import { AbortedError, Annotator } from './annotate';
import { GlossaryPanel } from './glossary';
import pageCss from './page.css?raw';
import { ACRONYMS_CSS } from './styles';
import { AcronymTooltip } from './tooltip';

/** The <html> attribute that gates page.css. */
export const PAGE_ATTRIBUTE = 'data-dedoc-acronyms';
/** Our UI text is never smaller than this (elderly readers), whatever the page's own size. */
const MIN_UI_FONT_PX = 18;
const MAX_UI_FONT_PX = 64;

/** scripting.insertCSS persists for the life of the document: ask once, even if the feature restarts. */
let isPageCssRequested = false;
/** A switched-off instance may still be putting the page back (in slices): a new one waits for it. */
let restoring: Promise<void> = Promise.resolve();

function describe(resolution: AcronymResolution): string {
  if (resolution.alternatives.length === 0) return resolution.expansion;
  return [resolution.expansion, ...resolution.alternatives].reduce((a, b) => t('acronyms_or', [a, b]));
}

export const acronyms: Feature = {
  id: 'acronyms',
  async init(context: FeatureContext, signal: AbortSignal): Promise<void> {
    const doc = context.document;
    const html = doc.documentElement;
    html.setAttribute(PAGE_ATTRIBUTE, '');
    signal.addEventListener('abort', () => html.removeAttribute(PAGE_ATTRIBUTE), { once: true });
    if (!isPageCssRequested) {
      isPageCssRequested = true;
      void sendMessage('acronyms/insert-css', { css: pageCss }).catch(() => {
        isPageCssRequested = false;
      });
    }

    const annotator = new Annotator({ doc, ignoreMutations: (change) => context.article.ignoreMutations(change), describe });
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
    const save = async (short: string, long: string): Promise<void> => {
      await putEntry({ short, long });
    };

    const style = doc.createElement('style');
    style.textContent = ACRONYMS_CSS;
    context.ui.shadow.append(style);
    signal.addEventListener('abort', () => style.remove(), { once: true });

    const tooltip = new AcronymTooltip({ doc, shadow: context.ui.shadow, annotator, signal, fontPx, save });

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
      side: () => (context.ui.toolbar.dataset.side === 'left' ? 'left' : 'right'),
      save,
      showInArticle: (short, expansion) => {
        const entry = annotator.glossary().entries.find((e) => e.form === short && e.resolution.expansion === expansion);
        if (!entry) return;
        const target = entry.first;
        target.scrollIntoView({ block: 'center' });
        if (target.hasAttribute('tabindex')) target.focus({ preventScroll: true });
        else {
          // Inside a link the link is the tab stop: focus it, and show the tooltip of the occurrence itself.
          (target.closest('a[href]') as HTMLElement | null)?.focus({ preventScroll: true });
          tooltip.showFor({ kind: 'abbr', element: target }, 'focus');
        }
      },
      onClose: (returnFocus) => {
        button?.setAttribute('aria-expanded', 'false');
        if (returnFocus) button?.focus();
      },
    });
    button = context.ui.addButton(
      {
        action: 'acronyms-glossary',
        label: t('acronyms_buttonLabel'),
        text: t('acronyms_buttonText'),
        onActivate: () => {
          if (panel.isOpen) panel.close(true);
          else {
            tooltip.close();
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

    const stopListening = listen({ 'acronyms/list': async () => list() });
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
    context.onSettings(() => {
      if (panel.isOpen) panel.refresh();
    });

    const [{ entries }] = await Promise.all([loadDictionary().catch(() => ({ entries: [] as UserAcronym[] })), restoring]);
    if (signal.aborted) return;
    annotator.setUserEntries(entries);
    schedule();
  },
};
