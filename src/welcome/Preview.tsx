// The sample paragraph in the reader's size and look, drawn by the style sheet pages get (scale/page.css, loaded by
// main.tsx): the welcome page's <html> carries the same attributes a page would, and the paragraph is marked as the
// article (data-dedoc-scale-target). Nothing else of the welcome page is a target, so only the sample changes.
import { useEffect } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { SiteSettings } from '../shared/settings';
import { TARGET_ATTRIBUTE, pageAttributes } from '../shared/settings/scale';
import { SAMPLE_PARAGRAPH } from './sample';

export function LookPreview({ look }: { look: SiteSettings }) {
  useEffect(() => {
    const html = document.documentElement;
    const wanted = new Map(pageAttributes({ ...look, enabled: true, scaleWholePage: false }));
    for (const name of html.getAttributeNames()) {
      if (name.startsWith('data-dedoc-') && name !== 'data-dedoc-acronyms' && !wanted.has(name)) html.removeAttribute(name);
    }
    for (const [name, value] of wanted) html.setAttribute(name, value);
  }, [look]);
  return (
    <figure class="preview" aria-label={t('welcome_previewLabel')}>
      <p class="sample" lang="vi" {...{ [TARGET_ATTRIBUTE]: '' }} data-preview="">
        {SAMPLE_PARAGRAPH}
      </p>
      <figcaption class="muted">{t('welcome_previewCaption')}</figcaption>
    </figure>
  );
}
