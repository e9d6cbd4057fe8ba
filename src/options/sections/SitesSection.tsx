// Options: where Dễ Đọc runs. The state sites (the reader may have switched some off), the sites the reader added,
// and the sites where a feature is switched on or off on its own (the popup's "on this site"), each of which can go
// back to what every site has.
import { t, type MessageKey } from '../../shared/i18n';
import { FEATURES, type FeatureId } from '../../shared/features';
import { sendMessage } from '../../shared/messages';
import { DEFAULT_SITE_PATTERNS, isDefaultSite } from '../../shared/hosts';
import type { Settings } from '../../shared/settings';

const DEFAULT_SITE_NAMES = DEFAULT_SITE_PATTERNS.map((p) => p.slice('*://*.'.length, -'/*'.length)).join(', ');

export function SitesSection({ settings, save }: { settings: Settings; save(change: (current: Settings) => Settings): void }) {
  const disabledDefaults = Object.entries(settings.sites)
    .filter(([host, site]) => isDefaultSite(host) && site.enabled === false)
    .map(([host]) => host);
  const ownSwitches = Object.entries(settings.sites)
    .filter(([, site]) => site.features && Object.keys(site.features).length > 0)
    .sort(([a], [b]) => a.localeCompare(b));
  const followEverySite = (host: string): void =>
    save((current) => {
      const { features: _own, ...rest } = current.sites[host] ?? {};
      const sites = { ...current.sites };
      if (Object.keys(rest).length > 0) sites[host] = rest;
      else delete sites[host];
      return { ...current, sites };
    });
  return (
    <section id="sites" aria-labelledby="sites-heading">
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
      <h3>{t('options_ownSwitches')}</h3>
      {ownSwitches.length === 0 ? (
        <p class="muted">{t('options_noOwnSwitches')}</p>
      ) : (
        <ul class="plain" data-list="site-features">
          {ownSwitches.map(([host, site]) => (
            <li key={host} data-host={host}>
              <span>
                <strong>{host}</strong>:{' '}
                {FEATURES.filter((f) => site.features?.[f.id] !== undefined)
                  .map((f) => t(site.features?.[f.id as FeatureId] ? 'options_featureOn' : 'options_featureOff', t(`feature_${f.id}` as MessageKey)))
                  .join('; ')}
              </span>
              <button type="button" class="secondary" data-action="site-features-follow" onClick={() => followEverySite(host)}>
                {t('options_followEverySite', host)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
