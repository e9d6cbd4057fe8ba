// Options: all settings in one file (to move to a new computer, or to set up a parent's), back from one, and back to
// the defaults. Import checks the whole file first and changes nothing when anything is wrong; the sites the file
// adds outside the state list need the reader's permission here, asked with one click; a reset asks first, and
// keeps the reader's own dictionary.
import { useRef, useState } from 'preact/hooks';
import { browser } from '../../shared/browser';
import { importEntries, loadDictionary } from '../../shared/dictionary';
import { describeDictionaryError } from '../../shared/dictionary-messages';
import { patternsForHost } from '../../shared/hosts';
import { t } from '../../shared/i18n';
import { sendMessage } from '../../shared/messages';
import { defaultSettings, loadSettings, type Settings } from '../../shared/settings';
import { parseSettingsFile, replaceOps, settingsFileName, toSettingsFile } from '../../shared/settings/transfer';
import { download } from '../../shared/ui/download';
import { describeTransferError } from './transfer-messages';

/** Problems listed after a failed import; the rest are counted. */
const MAX_ERRORS_SHOWN = 8;

type Outcome = { kind: 'done'; text: string } | { kind: 'errors'; file: string; lines: string[] } | { kind: 'failed'; text: string } | null;

function applyAll(settings: Settings): Promise<Settings> {
  return sendMessage('settings/apply', { ops: replaceOps(settings) });
}

export function TransferSection() {
  const [outcome, setOutcome] = useState<Outcome>(null);
  /** Sites the imported file switches on that need the reader's permission here. */
  const [pendingSites, setPendingSites] = useState<string[]>([]);
  const [isBusy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const confirm = useRef<HTMLDialogElement>(null);

  const exportAll = async (): Promise<void> => {
    const [{ settings: current }, { entries }] = await Promise.all([loadSettings(), loadDictionary()]);
    const now = new Date();
    download(settingsFileName(now), 'application/json', toSettingsFile(current, entries, now));
    setOutcome({ kind: 'done', text: t('transfer_exported') });
  };

  const importFile = async (file: File): Promise<void> => {
    setOutcome(null);
    setPendingSites([]);
    const result = parseSettingsFile(await file.text());
    if (!result.ok) {
      const lines = result.errors.slice(0, MAX_ERRORS_SHOWN).map(describeTransferError);
      if (result.errors.length > MAX_ERRORS_SHOWN) lines.push(t('transfer_moreErrors', String(result.errors.length - MAX_ERRORS_SHOWN)));
      setOutcome({ kind: 'errors', file: file.name, lines });
      return;
    }
    const { file: parsed } = result;
    setBusy(true);
    const before = (await loadSettings()).settings;
    try {
      await applyAll(parsed.settings);
      if (parsed.dictionary.length > 0) {
        try {
          await importEntries(parsed.dictionary);
        } catch (error) {
          // All or nothing: the settings go back to what they were.
          await applyAll(before);
          throw new Error(describeDictionaryError(error));
        }
      }
      const missing = parsed.userSites.filter((host) => !before.userSites.includes(host));
      setPendingSites(missing);
      setOutcome({ kind: 'done', text: t('transfer_imported', file.name) });
    } catch (error) {
      setOutcome({ kind: 'failed', text: t('transfer_importFailed', error instanceof Error ? error.message : String(error)) });
    } finally {
      setBusy(false);
    }
  };

  const allowSites = (): void => {
    const sites = pendingSites;
    // Firefox grants permissions.request only inside the click's own task: asked before any await.
    void browser.permissions.request({ origins: sites.flatMap((host) => patternsForHost(host)) }).then(async (isGranted) => {
      if (!isGranted) {
        setOutcome({ kind: 'failed', text: t('permissionDenied') });
        return;
      }
      for (const host of sites) await sendMessage('site/enable', { host });
      setPendingSites([]);
      setOutcome({ kind: 'done', text: t('transfer_sitesAllowed', String(sites.length)) });
    });
  };

  const reset = async (): Promise<void> => {
    confirm.current?.close();
    setBusy(true);
    try {
      const { userSites } = (await loadSettings()).settings;
      await applyAll(defaultSettings());
      // The sites the reader added lose their script and their permission too, as when each is switched off.
      for (const host of userSites) await sendMessage('site/disable', { host });
      setPendingSites([]);
      setOutcome({ kind: 'done', text: t('transfer_resetDone') });
    } catch (error) {
      setOutcome({ kind: 'failed', text: t('transfer_importFailed', error instanceof Error ? error.message : String(error)) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section id="transfer" aria-labelledby="transfer-heading" data-section="transfer">
      <h2 id="transfer-heading">{t('transfer_heading')}</h2>
      <p>{t('transfer_intro')}</p>
      <div class="actions">
        <button type="button" data-action="settings-export" onClick={() => void exportAll()}>
          {t('transfer_export')}
        </button>
        <button type="button" class="secondary" data-action="settings-import" disabled={isBusy} onClick={() => fileInput.current?.click()}>
          {t('transfer_import')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          data-action="settings-import-file"
          onChange={(event) => {
            const input = event.currentTarget as HTMLInputElement;
            const file = input.files?.[0];
            input.value = '';
            if (file) void importFile(file);
          }}
        />
      </div>
      <div role="status" aria-live="polite" data-transfer-status="">
        {outcome?.kind === 'done' && <p>{outcome.text}</p>}
      </div>
      {outcome?.kind === 'failed' && (
        <p class="notice" role="alert" data-transfer-error="">
          {outcome.text}
        </p>
      )}
      {outcome?.kind === 'errors' && (
        <div class="notice" role="alert" data-transfer-errors="">
          <p>{t('transfer_fileRefused', outcome.file)}</p>
          <ul>
            {outcome.lines.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      {pendingSites.length > 0 && (
        <div class="notice" data-pending-sites="">
          <p>{t('transfer_sitesNeedPermission', pendingSites.join(', '))}</p>
          <button type="button" data-action="settings-import-allow-sites" onClick={allowSites}>
            {t('transfer_allowSites')}
          </button>
        </div>
      )}
      <h3>{t('transfer_resetHeading')}</h3>
      <p>{t('transfer_resetIntro')}</p>
      <button type="button" class="secondary danger" data-action="settings-reset" disabled={isBusy} onClick={() => confirm.current?.showModal()}>
        {t('transfer_reset')}
      </button>
      <dialog ref={confirm} aria-labelledby="reset-title" aria-describedby="reset-text" data-dialog="reset">
        <h3 id="reset-title">{t('transfer_resetConfirmTitle')}</h3>
        <p id="reset-text">{t('transfer_resetConfirmText')}</p>
        <div class="actions">
          <button type="button" class="secondary" data-action="settings-reset-cancel" onClick={() => confirm.current?.close()}>
            {t('transfer_resetCancel')}
          </button>
          <button type="button" class="danger" data-action="settings-reset-confirm" onClick={() => void reset()}>
            {t('transfer_resetConfirm')}
          </button>
        </div>
      </dialog>
    </section>
  );
}
