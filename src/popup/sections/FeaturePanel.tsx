// One feature in the popup: its name, its switch for the site of the tab and its switch for every site
// (data-feature="<id>", data-scope="site" | "all"), and, while it is on here, its quick settings (panels.ts).
// Switched off, the feature leaves the open page at once; on again, it comes back (the page follows the settings).
import { useState } from 'preact/hooks';
import type { FeatureId } from '../../shared/features';
import { t, type MessageKey } from '../../shared/i18n';
import { isFeatureOn, updateSettings, withFeatureEverywhere, withFeatureForSite, type Settings } from '../../shared/settings';
import { FEATURE_PANELS } from './panels';
import { Switch } from './Switch';

export interface FeaturePanelProps {
  id: FeatureId;
  host: string;
  tabId: number | undefined;
  settings: Settings;
}

export function FeaturePanel({ id, host, tabId, settings }: FeaturePanelProps) {
  const [failure, setFailure] = useState<string | null>(null);
  const isOnHere = isFeatureOn(settings, host, id);
  const isOnEverywhere = settings.features[id] !== false;
  const save = (change: (current: Settings) => Settings): void => {
    setFailure(null);
    updateSettings(change).catch((error: unknown) => setFailure(t('actionFailed', error instanceof Error ? error.message : String(error))));
  };
  const Quick = FEATURE_PANELS[id];
  const heading = `feature-${id}-heading`;
  return (
    <section class="feature" data-feature-panel={id} aria-labelledby={heading}>
      <h2 id={heading}>{t(`feature_${id}` as MessageKey)}</h2>
      <div class="switch-row">
        <span id={`feature-${id}-site`}>{t('popup_featureHere')}</span>
        <Switch
          isOn={isOnHere}
          labelledBy={`${heading} feature-${id}-site`}
          onToggle={() => save((current) => withFeatureForSite(current, host, id, !isFeatureOn(current, host, id)))}
          data={{ feature: id, scope: 'site' }}
        />
      </div>
      <div class="switch-row">
        <span id={`feature-${id}-all`}>{t('popup_featureEverywhere')}</span>
        <Switch
          isOn={isOnEverywhere}
          labelledBy={`${heading} feature-${id}-all`}
          onToggle={() => save((current) => withFeatureEverywhere(current, id, current.features[id] === false))}
          data={{ feature: id, scope: 'all' }}
        />
      </div>
      {failure && (
        <p class="notice" role="alert">
          {failure}
        </p>
      )}
      {isOnHere && <Quick host={host} tabId={tabId} settings={settings} />}
    </section>
  );
}
