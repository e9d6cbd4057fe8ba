// The popup's text size and reading comfort for the site of the tab (issue 4). Each change is saved at once; the
// page in the tab follows the saved settings (live preview while the slider moves), and every later visit of the
// site opens with them before the first paint.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import { loadSettings, onSettingsChanged, siteSettings, updateSite, type SiteSettings } from '../../shared/settings';
import { MIN_SCALE } from '../../shared/settings/schema';
import { ComfortControls } from '../../shared/ui/ComfortControls';

export function ScaleSection({ host }: { host: string }) {
  const [site, setSite] = useState<SiteSettings | null>(null);
  const [isFeatureOn, setFeatureOn] = useState(true);
  /** Values sent and not yet read back: a settings event from an older write must not move the slider back. */
  const pending = useRef<Partial<SiteSettings>>({});
  /** Changes not yet written; while one write runs, later changes merge here (a moving slider writes its
   *  latest value, not every value it passed: storage.sync allows 120 writes a minute). */
  const queued = useRef<Partial<SiteSettings> | null>(null);
  const isWriting = useRef(false);

  useEffect(() => {
    void loadSettings().then(({ settings }) => {
      setSite(siteSettings(settings, host));
      setFeatureOn(settings.features.scale !== false);
    });
    return onSettingsChanged(({ settings }) => {
      const stored = siteSettings(settings, host) as unknown as Record<string, unknown>;
      const waiting = pending.current as Record<string, unknown>;
      for (const key of Object.keys(waiting)) {
        if (stored[key] === waiting[key]) delete waiting[key];
        else stored[key] = waiting[key];
      }
      setSite(stored as unknown as SiteSettings);
      setFeatureOn(settings.features.scale !== false);
    });
  }, [host]);

  if (!site || !isFeatureOn) return null;

  const flush = (): void => {
    if (isWriting.current || !queued.current) return;
    const patch = queued.current;
    queued.current = null;
    isWriting.current = true;
    updateSite(host, patch)
      .catch(() => undefined)
      .finally(() => {
        // Written: storage holds this value now (or a newer one from elsewhere, which must then win).
        const waiting = pending.current as Record<string, unknown>;
        for (const [key, value] of Object.entries(patch)) if (waiting[key] === value && !(key in (queued.current ?? {}))) delete waiting[key];
        isWriting.current = false;
        flush();
      });
  };

  const change = (patch: Partial<SiteSettings>): void => {
    Object.assign(pending.current, patch);
    setSite((current) => (current ? { ...current, ...patch } : current));
    queued.current = { ...queued.current, ...patch };
    flush();
  };

  const resetAll = (): void => {
    void loadSettings().then(({ settings }) => {
      const { enabled: _enabled, ...look } = settings.siteDefaults;
      change({ ...look, scale: MIN_SCALE });
    });
  };

  return (
    <section class="scale-section" aria-labelledby="scale-heading">
      <h2 id="scale-heading">{t('scale_popupHeading')}</h2>
      <ComfortControls site={site} onChange={change} idPrefix="popup" sliderLabel={t('scale_sliderLabel', host)} />
      <p class="muted">{t('scale_popupHint', host)}</p>
      <button type="button" class="secondary" data-action="popup-comfort-reset" onClick={resetAll}>
        {t('scale_resetAll')}
      </button>
    </section>
  );
}
