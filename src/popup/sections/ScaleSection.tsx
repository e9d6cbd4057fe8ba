// The popup's quick settings of the text size and reading comfort, for the site of the tab. Each change is saved at
// once; the page in the tab follows the saved settings (live preview while the slider moves), and every later visit
// of the site opens with them before the first paint. Shown while the feature is on for the site (FeaturePanel).
import { useEffect, useMemo, useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import { loadSettings, onSettingsChanged, siteSettings, updateSite, type SiteSettings } from '../../shared/settings';
import { MIN_SCALE } from '../../shared/settings/schema';
import { useReadyWhen } from '../../shared/ui/ready';
import { LOCAL_WRITE_INTERVAL_MS, WriteCoalescer } from '../../shared/settings/write-coalescer';
import { ComfortControls } from '../../shared/ui/ComfortControls';
import type { QuickSettingsProps } from './types';

export function ScaleSection({ host }: QuickSettingsProps) {
  const [site, setSite] = useState<SiteSettings | null>(null);
  /** The slider reports every value it passes: storage gets few of them, always the last (shared/settings). */
  const writes = useMemo(
    () => new WriteCoalescer<SiteSettings>((patch) => updateSite(host, patch), { intervalMs: LOCAL_WRITE_INTERVAL_MS }),
    [host],
  );

  useEffect(() => {
    void loadSettings().then(({ settings }) => setSite(writes.overlay(siteSettings(settings, host))));
    const stop = onSettingsChanged(({ settings }) => setSite(writes.overlay(siteSettings(settings, host))));
    // The popup closes as soon as the reader clicks elsewhere: what waits is written then.
    const flush = (): void => void writes.flush();
    addEventListener('pagehide', flush);
    return () => {
      stop();
      removeEventListener('pagehide', flush);
      flush();
    };
  }, [host, writes]);
  useReadyWhen(site !== null);

  if (!site) return null;

  const change = (patch: Partial<SiteSettings>): void => {
    setSite((current) => (current ? { ...current, ...patch } : current));
    writes.change(patch);
  };

  const resetAll = (): void => {
    void loadSettings().then(({ settings }) => {
      const { enabled: _enabled, ...look } = settings.siteDefaults;
      change({ ...look, scale: MIN_SCALE });
    });
  };

  return (
    <div class="scale-section">
      <ComfortControls site={site} onChange={change} idPrefix="popup" sliderLabel={t('scale_sliderLabel', host)} />
      <p class="muted">{t('scale_popupHint', host)}</p>
      <button type="button" class="secondary" data-action="popup-comfort-reset" onClick={resetAll}>
        {t('scale_resetAll')}
      </button>
    </div>
  );
}
