import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { FEATURES, type FeatureId } from '../shared/features';
import { sendMessage } from '../shared/messages';
import { dismissRepairNotice, loadSettings, onSettingsChanged, readRepairNotice, updateSettings, type Settings } from '../shared/settings';
import { DEFAULT_SITE_PATTERNS, isDefaultSite } from '../shared/hosts';
import { DictionarySection } from './sections/DictionarySection';
import { ScaleSection } from './sections/ScaleSection';

const DEFAULT_SITE_NAMES = DEFAULT_SITE_PATTERNS.map((p) => p.slice('*://*.'.length, -'/*'.length)).join(', ');

export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [isRepaired, setRepaired] = useState(false);
  const [status, setStatus] = useState<string | null>(null);

  useEffect(() => {
    void loadSettings().then(async ({ settings: loaded, repairs }) => {
      setSettings(loaded);
      setRepaired(repairs.length > 0 || (await readRepairNotice()) !== null);
    });
    return onSettingsChanged(({ settings: next }) => setSettings(next));
  }, []);

  if (!settings) return <main aria-busy="true" />;

  const save = (change: (current: Settings) => Settings): void => {
    void updateSettings(change).then((next) => {
      setSettings(next);
      setStatus(t('saved'));
    });
  };
  const disabledDefaults = Object.entries(settings.sites)
    .filter(([host, site]) => isDefaultSite(host) && site.enabled === false)
    .map(([host]) => host);

  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <p class="muted">{t('optionsPrivacy')}</p>
      {isRepaired && (
        <div class="notice" role="status">
          <p>{t('settingsRepaired')}</p>
          <button type="button" class="secondary" onClick={() => void dismissRepairNotice().then(() => setRepaired(false))}>
            {t('dismiss')}
          </button>
        </div>
      )}
      <p role="status" aria-live="polite" class="muted">
        {status}
      </p>

      {FEATURES.length > 0 && (
        <section aria-labelledby="features-heading">
          <h2 id="features-heading">{t('optionsFeatures')}</h2>
          {FEATURES.map((feature) => (
            <label class="row" key={feature.id}>
              <input
                type="checkbox"
                data-feature={feature.id}
                checked={settings.features[feature.id as FeatureId]}
                onChange={(event) => {
                  const isOn = (event.currentTarget as HTMLInputElement).checked;
                  save((s) => ({ ...s, features: { ...s.features, [feature.id]: isOn } }));
                }}
              />
              {t(`feature_${feature.id}` as Parameters<typeof t>[0])}
            </label>
          ))}
        </section>
      )}

      <section aria-labelledby="toolbar-heading">
        <h2 id="toolbar-heading">{t('optionsToolbar')}</h2>
        <label class="row">
          {t('optionsToolbarSide')}
          <select
            data-setting="toolbar-side"
            value={settings.toolbar.side}
            onChange={(event) => {
              const side = (event.currentTarget as HTMLSelectElement).value === 'left' ? 'left' : 'right';
              save((s) => ({ ...s, toolbar: { ...s.toolbar, side } }));
            }}
          >
            <option value="right">{t('sideRight')}</option>
            <option value="left">{t('sideLeft')}</option>
          </select>
        </label>
        <label class="row">
          <input
            type="checkbox"
            data-setting="toolbar-collapsed"
            checked={settings.toolbar.collapsed}
            onChange={(event) => {
              const collapsed = (event.currentTarget as HTMLInputElement).checked;
              save((s) => ({ ...s, toolbar: { ...s.toolbar, collapsed } }));
            }}
          />
          {t('optionsToolbarCollapsed')}
        </label>
      </section>

      <section aria-labelledby="sites-heading">
        <h2 id="sites-heading">{t('optionsSites')}</h2>
        <p>{t('optionsDefaultSites', DEFAULT_SITE_NAMES)}</p>
        <h3>{t('optionsDisabledSites')}</h3>
        {disabledDefaults.length === 0 ? (
          <p class="muted">{t('optionsNoDisabledSites')}</p>
        ) : (
          <ul class="plain">
            {disabledDefaults.map((host) => (
              <li key={host}>
                <span>{host}</span>
                <button type="button" class="secondary" onClick={() => void sendMessage('site/enable', { host })}>
                  {t('optionsEnableSite', host)}
                </button>
              </li>
            ))}
          </ul>
        )}
        <h3>{t('optionsUserSites')}</h3>
        {settings.userSites.length === 0 ? (
          <p class="muted">{t('optionsNoUserSites')}</p>
        ) : (
          <ul class="plain">
            {settings.userSites.map((host) => (
              <li key={host}>
                <span>{host}</span>
                <button type="button" class="secondary" onClick={() => void sendMessage('site/disable', { host })}>
                  {t('optionsRemoveSite', host)}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <ScaleSection settings={settings} save={save} />
      <DictionarySection />
    </main>
  );
}
