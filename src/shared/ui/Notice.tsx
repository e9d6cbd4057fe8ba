// One notice for the popup and the options page: stored data was repaired (settings, the dictionary) or could not
// be, said once, politely (role="status"), with a Dismiss button where the notice is remembered until dismissed.
import { t } from '../i18n';

export function Notice({ text, onDismiss }: { text: string; onDismiss?: () => void }) {
  return (
    <div class="notice" role="status">
      <p>{text}</p>
      {onDismiss && (
        <button type="button" class="secondary" data-action="dismiss-repair-notice" onClick={onDismiss}>
          {t('dismiss')}
        </button>
      )}
    </div>
  );
}
