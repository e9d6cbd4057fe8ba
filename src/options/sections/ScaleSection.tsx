// Options: text size and reading comfort (issue 4). The defaults every site gets until the reader sets it (with
// every fine step), the sites that have their own settings (each can go back to the defaults), and the keyboard
// shortcuts as the browser has them (the reader can change them in the browser's own shortcut settings).
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from '../../shared/browser';
import { t } from '../../shared/i18n';
import { updateSettings, type Settings, type SiteSettings } from '../../shared/settings';
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
    browser.commands
      .getAll()
      .then((all) => setCommands(all.filter((c) => c.name?.startsWith('scale-'))))
      .catch(() => setCommands([]));
  }, []);

  /** Sent and not yet read back (a moving slider must not jump back to an older value). */
  const pending = useRef<Partial<SiteSettings>>({});
  const queued = useRef<Partial<SiteSettings> | null>(null);
  const isWriting = useRef(false);
  const [, redraw] = useState(0);

  const flush = (): void => {
    if (isWriting.current || !queued.current) return;
    const patch = queued.current;
    queued.current = null;
    isWriting.current = true;
    updateSettings((current) => ({ ...current, siteDefaults: { ...current.siteDefaults, ...patch } }))
      .catch(() => undefined)
      .finally(() => {
        // Written: storage holds this value now (or a newer one from elsewhere, which must then win).
        const waiting = pending.current as Record<string, unknown>;
        for (const [key, value] of Object.entries(patch)) if (waiting[key] === value && !(key in (queued.current ?? {}))) delete waiting[key];
        isWriting.current = false;
        flush();
      });
  };

  const changeDefaults = (patch: Partial<SiteSettings>): void => {
    Object.assign(pending.current, patch);
    queued.current = { ...queued.current, ...patch };
    redraw((n) => n + 1);
    flush();
  };

  const defaults = { ...settings.siteDefaults } as Record<string, unknown>;
  const waiting = pending.current as Record<string, unknown>;
  for (const key of Object.keys(waiting)) {
    if (defaults[key] === waiting[key]) delete waiting[key];
    else defaults[key] = waiting[key];
  }
  const shownDefaults = defaults as unknown as SiteSettings;

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
    <section aria-labelledby="scale-options-heading" class="scale-options">
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
