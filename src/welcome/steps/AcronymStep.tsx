// Step 3: try an acronym. The sample sentence's acronyms are marked as on a page (<abbr data-dedoc-acronym>, the
// page's underline CSS) and open the very tooltip pages get (shared/acronyms-ui): on hover, on a tap or click, and
// on keyboard focus; Esc closes it. Its meanings are what Dễ Đọc finds in the article (sample.ts).
import { useEffect, useMemo, useRef } from 'preact/hooks';
import pageCss from '../../shared/acronyms-ui/page.css?raw';
import { TOOLTIP_CSS } from '../../shared/acronyms-ui/styles';
import { AcronymTooltip, ABBR_ATTRIBUTE, sourceLabel, type AcronymInfo } from '../../shared/acronyms-ui/tooltip';
import { t, uiLanguage } from '../../shared/i18n';
import { sampleAcronymPieces } from '../sample';
import type { StepProps } from '../types';

/** Our tooltip text is never smaller than this, and grows with the reader's size (as on a page). */
const MIN_TIP_PX = 18;
const MAX_TIP_PX = 64;

export function AcronymStep({ draft }: StepProps) {
  const pieces = useMemo(sampleAcronymPieces, []);
  const sentence = useRef<HTMLParagraphElement>(null);
  const scale = useRef(draft.scale);
  scale.current = draft.scale;

  useEffect(() => {
    const paragraph = sentence.current;
    if (!paragraph) return;
    const infos = new Map<Element, AcronymInfo>();
    const abbrs = [...paragraph.querySelectorAll(`abbr[${ABBR_ATTRIBUTE}]`)];
    abbrs.forEach((abbr, i) => {
      const piece = pieces.filter((p) => 'resolution' in p)[i];
      if (piece && 'resolution' in piece) infos.set(abbr, { form: piece.text, resolution: piece.resolution });
    });
    const controller = new AbortController();
    const host = document.createElement('div');
    host.className = 'tooltip-host';
    const shadow = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = TOOLTIP_CSS;
    shadow.append(style);
    // Inside the page's main landmark, so that everything the reader meets is in one (the tooltip floats anyway).
    (paragraph.closest('main') ?? document.body).append(host);
    const pageStyle = document.createElement('style');
    pageStyle.textContent = pageCss;
    document.head.append(pageStyle);
    document.documentElement.setAttribute('data-dedoc-acronyms', '');
    new AcronymTooltip({
      doc: document,
      shadow,
      signal: controller.signal,
      annotator: { isOurs: (el) => infos.has(el), infoOf: (el) => infos.get(el), isUnknownToken: () => false },
      fontPx: () => Math.round(Math.min(MAX_TIP_PX, MIN_TIP_PX * Math.max(1, scale.current))),
      save: () => Promise.reject(new Error('not on the welcome page')),
    });
    return () => {
      controller.abort();
      host.remove();
      pageStyle.remove();
      document.documentElement.removeAttribute('data-dedoc-acronyms');
    };
  }, [pieces]);

  const seen = new Set<string>();
  return (
    <>
      <p>{t('welcome_acronymsIntro')}</p>
      <p class="sample acronym-sample" lang="vi" ref={sentence} data-sample="acronyms">
        {pieces.map((piece, i) => {
          if (!('resolution' in piece)) return piece.text;
          // As on a page, the first occurrence of each acronym is a tab stop.
          const isFirst = !seen.has(piece.resolution.key);
          seen.add(piece.resolution.key);
          return (
            <abbr
              key={i}
              {...{ [ABBR_ATTRIBUTE]: '' }}
              tabIndex={isFirst ? 0 : undefined}
              aria-description={`${piece.resolution.expansion}, ${sourceLabel(piece.resolution.source).toLocaleLowerCase(uiLanguage())}`}
            >
              {piece.text}
            </abbr>
          );
        })}
      </p>
      <ul class="hints">
        <li>{t('welcome_acronymsHover')}</li>
        <li>{t('welcome_acronymsTap')}</li>
        <li>{t('welcome_acronymsKeys')}</li>
      </ul>
    </>
  );
}
