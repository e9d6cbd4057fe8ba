// The options page: every setting of Dễ Đọc in sections, with a short list of them at the top. Everything the popup
// sets for the site of a tab is here for every site (and each site's own choices can go back to every site's); the
// settings go out to one file and back, or back to the defaults.
import { useEffect, useState } from 'preact/hooks';
import { t, type MessageKey } from '../shared/i18n';
import { FEATURES, type FeatureId } from '../shared/features';
import { dismissRepairNotice, loadSettings, onSettingsChanged, readRepairNotice, updateSettings, type Settings } from '../shared/settings';
import { openWelcomePage } from '../shared/welcome';
import { DictionarySection } from './sections/DictionarySection';
import { ScaleSection } from './sections/ScaleSection';
import { SitesSection } from './sections/SitesSection';
import { TransferSection } from './sections/TransferSection';
import { useReadyWhen } from '../shared/ui/ready';
import { Notice } from '../shared/ui/Notice';
import { AcronymChoices, SummaryLengthChoice } from '../shared/ui/ReadingChoices';

/** The sections, in page order: their ids and the names of the short list at the top. */
const SECTIONS: ReadonlyArray<[id: string, name: MessageKey]> = [
  ['features', 'optionsFeatures'],
  ['sites', 'optionsSites'],
  ['scale', 'feature_scale'],
  ['acronyms', 'feature_acronyms'],
  ['summary', 'feature_summary'],
  ['toolbar', 'optionsToolbar'],
  ['dictionary', 'acronyms_dictHeading'],
  ['transfer', 'transfer_heading'],
];

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
  useReadyWhen(settings !== null);

  if (!settings) return <main aria-busy="true" />;

  const save = (change: (current: Settings) => Settings): void => {
    void updateSettings(change).then((next) => {
      setSettings(next);
      setStatus(t('saved'));
    });
  };

  return (
    <main>
      <header class="options-head">
        <h1>{t('optionsTitle')}</h1>
        <button type="button" class="secondary" data-action="open-guide" onClick={() => void openWelcomePage()}>
          {t('openGuide')}
        </button>
      </header>
      <p class="muted">{t('optionsPrivacy')}</p>
      {isRepaired && <Notice text={t('settingsRepaired')} onDismiss={() => void dismissRepairNotice().then(() => setRepaired(false))} />}
      <nav aria-label={t('options_sectionsLabel')} class="sections-nav">
        <ul>
          {SECTIONS.map(([id, name]) => (
            <li key={id}>
              <a href={`#${id}`}>{t(name)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <p role="status" aria-live="polite" class="muted">
        {status}
      </p>

      <section id="features" aria-labelledby="features-heading">
        <h2 id="features-heading">{t('optionsFeatures')}</h2>
        <p class="muted">{t('options_featuresIntro')}</p>
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
            {t(`feature_${feature.id}` as MessageKey)}
          </label>
        ))}
      </section>

      <SitesSection settings={settings} save={save} />
      <ScaleSection settings={settings} save={save} />

      <section id="acronyms" aria-labelledby="acronyms-options-heading">
        <h2 id="acronyms-options-heading">{t('feature_acronyms')}</h2>
        <AcronymChoices prefs={settings.acronyms} onChange={(patch) => save((s) => ({ ...s, acronyms: { ...s.acronyms, ...patch } }))} name="options-acronyms-open" />
      </section>

      <section id="summary" aria-labelledby="summary-options-heading">
        <h2 id="summary-options-heading">{t('feature_summary')}</h2>
        <SummaryLengthChoice length={settings.summaryLength} onChange={(summaryLength) => save((s) => ({ ...s, summaryLength }))} name="options-summary-length" />
      </section>

      <section id="toolbar" aria-labelledby="toolbar-heading">
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

      <DictionarySection />
      <TransferSection />
    </main>
  );
}
