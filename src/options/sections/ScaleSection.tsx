// Options: text size and reading comfort. The defaults every site gets until the reader sets it (with
// every fine step), the sites that have their own settings (each can go back to the defaults), and the keyboard
// shortcuts as the browser has them (the reader can change them in the browser's own shortcut settings).
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from '../../shared/browser';
import { t } from '../../shared/i18n';
import { updateSettings, type Settings, type SiteSettings } from '../../shared/settings';
import { useReadyWhen } from '../../shared/ui/ready';
import { SYNC_WRITE_INTERVAL_MS, WriteCoalescer } from '../../shared/settings/write-coalescer';
import { ComfortControls, hasWcagSpacing, percentOf } from '../../shared/ui/ComfortControls';

/** The fields a site can own besides being on or off: "use the defaults" removes exactly these. */
const LOOK_KEYS = [
  'scale',
  'scaleWholePage',
  'lineHeight',
  'letterSpacing',
  'wordSpacing',
  'paragraphSpacing',
  'font',
  'theme',
  'maxLineLength',
] as const satisfies ReadonlyArray<keyof SiteSettings>;

interface Command {
  name?: string;
  description?: string;
  shortcut?: string;
}

const THEME_NAMES: Record<Exclude<SiteSettings['theme'], 'page'>, string> = {
  get contrast() {
    return t('scale_themeContrast');
  },
  get dark() {
    return t('scale_themeDark');
  },
  get sepia() {
    return t('scale_themeSepia');
  },
};

function describeSite(site: Partial<SiteSettings>): string {
  const parts: string[] = [];
  if (site.scale !== undefined) parts.push(percentOf(site.scale));
  if (site.lineHeight || site.letterSpacing || site.wordSpacing || site.paragraphSpacing) parts.push(t('scale_spacingHeading'));
  if (site.font === 'legible') parts.push(t('scale_fontShort'));
  if (site.theme && site.theme !== 'page') parts.push(THEME_NAMES[site.theme]);
  if (site.maxLineLength) parts.push(t('scale_characters', String(site.maxLineLength)));
  if (site.scaleWholePage) parts.push(t('scale_wholePageShort'));
  return parts.join(', ');
}

export function ScaleSection({ settings, save }: { settings: Settings; save(change: (current: Settings) => Settings): void }) {
  const [commands, setCommands] = useState<Command[] | null>(null);

  useEffect(() => {
    // Firefox for Android has no keyboard shortcuts (no commands API).
    const all = browser.commands?.getAll?.();
    if (!all) {
      setCommands([]);
      return;
    }
    all.then((list) => setCommands(list.filter((c) => c.name?.startsWith('scale-')))).catch(() => setCommands([]));
  }, []);
  useReadyWhen(commands !== null);

  const [, redraw] = useState(0);
  /** The defaults live in storage.sync (120 writes a minute): the sliders' values are coalesced (shared/settings). */
  const writes = useMemo(
    () =>
      new WriteCoalescer<SiteSettings>(
        (patch) => updateSettings((current) => ({ ...current, siteDefaults: { ...current.siteDefaults, ...patch } })),
        { intervalMs: SYNC_WRITE_INTERVAL_MS, onError: () => redraw((n) => n + 1) },
      ),
    [],
  );
  useEffect(() => {
    const flush = (): void => void writes.flush();
    addEventListener('pagehide', flush);
    return () => {
      removeEventListener('pagehide', flush);
      flush();
    };
  }, [writes]);

  const changeDefaults = (patch: Partial<SiteSettings>): void => {
    writes.change(patch);
    redraw((n) => n + 1);
  };

  const shownDefaults = writes.overlay(settings.siteDefaults);

  const useDefaults = (host: string): void =>
    save((current) => {
      const own = { ...current.sites[host] };
      for (const key of LOOK_KEYS) delete own[key];
      const sites = { ...current.sites };
      if (Object.keys(own).length > 0) sites[host] = own;
      else delete sites[host];
      return { ...current, sites };
    });

  const ownSites = Object.entries(settings.sites)
    .filter(([, site]) => LOOK_KEYS.some((key) => site[key] !== undefined))
    .sort(([a], [b]) => a.localeCompare(b));

  return (
    <section id="scale" aria-labelledby="scale-options-heading" class="scale-options">
      <h2 id="scale-options-heading">{t('feature_scale')}</h2>
      <p>{t('scale_optionsIntro')}</p>
      <h3>{t('scale_optionsDefaults')}</h3>
      <ComfortControls
        site={shownDefaults}
        onChange={changeDefaults}
        idPrefix="options"
        sliderLabel={t('scale_optionsDefaultSize')}
        isDetailed
      />
      {hasWcagSpacing(shownDefaults) && <p class="muted">{t('scale_optionsWcagNote')}</p>}

      <h3>{t('scale_optionsSites')}</h3>
      {ownSites.length === 0 ? (
        <p class="muted">{t('scale_optionsNoSites')}</p>
      ) : (
        <ul class="plain" data-list="scale-sites">
          {ownSites.map(([host, site]) => (
            <li key={host} data-host={host}>
              <span>
                <strong>{host}</strong>: {describeSite(site)}
              </span>
              <button type="button" class="secondary" data-action="scale-use-defaults" onClick={() => useDefaults(host)}>
                {t('scale_optionsUseDefaults', host)}
              </button>
            </li>
          ))}
        </ul>
      )}

      <h3>{t('scale_shortcutsHeading')}</h3>
      {commands && (
        <ul class="plain" data-list="scale-shortcuts">
          {commands.map((command) => (
            <li key={command.name}>
              <span>{command.description}</span>
              {command.shortcut ? <kbd>{command.shortcut}</kbd> : <span class="muted">{t('scale_shortcutNone')}</span>}
            </li>
          ))}
        </ul>
      )}
      <p class="muted">{t('scale_shortcutsHint')}</p>
    </section>
  );
}
