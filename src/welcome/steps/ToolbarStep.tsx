// Step 5: where the toolbar is and what each of its buttons does, with the keyboard shortcuts as the browser has
// them (browser.commands: the reader may have changed them; Firefox for Android has none).
import { useEffect, useState } from 'preact/hooks';
import { browser } from '../../shared/browser';
import { t, type MessageKey } from '../../shared/i18n';
import { useReadyWhen } from '../../shared/ui/ready';

interface Command {
  name?: string;
  description?: string;
  shortcut?: string;
}

/** The toolbar's buttons in their order on the page: what each shows, and what it does. */
const BUTTONS: ReadonlyArray<{ action: string; text: string | MessageKey; isKey?: boolean; does: MessageKey }> = [
  { action: 'font-increase', text: 'A+', does: 'scale_increase' },
  { action: 'font-reset', text: '100%', does: 'welcome_toolbarReset' },
  { action: 'font-decrease', text: 'A−', does: 'scale_decrease' },
  { action: 'comfort-panel', text: 'Aa', does: 'scale_comfortOpen' },
  { action: 'acronyms-glossary', text: 'acronyms_buttonText', isKey: true, does: 'acronyms_buttonLabel' },
  { action: 'summary-open', text: 'summary_button', isKey: true, does: 'summary_buttonLabel' },
  { action: 'toolbar-move', text: '⇄', does: 'toolbarMove' },
  { action: 'open-options', text: '⚙', does: 'toolbarSettings' },
  { action: 'toolbar-collapse', text: '›', does: 'welcome_toolbarCollapse' },
];

export function ToolbarStep() {
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

  return (
    <>
      <p>{t('welcome_toolbarIntro')}</p>
      <div class="toolbar-tour">
        <div class="page-sketch" aria-hidden="true">
          <div class="sketch-lines" />
          <div class="sketch-bar">
            {BUTTONS.slice(0, 6).map((b) => (
              <span key={b.action}>{b.isKey ? t(b.text as MessageKey) : b.text}</span>
            ))}
          </div>
        </div>
        <dl class="buttons" data-list="toolbar-buttons">
          {BUTTONS.map((b) => (
            <div class="button-row" key={b.action} data-button={b.action}>
              <dt>
                <span class="glyph">{b.isKey ? t(b.text as MessageKey) : b.text}</span>
              </dt>
              <dd>{t(b.does)}</dd>
            </div>
          ))}
        </dl>
      </div>
      <p>{t('welcome_toolbarPhone')}</p>
      <h3>{t('scale_shortcutsHeading')}</h3>
      {/* While the browser's list is on its way, neither the list nor "no shortcuts" (which would flash). */}
      {commands === null ? (
        <p class="muted" data-part="welcome-shortcuts" aria-busy="true" />
      ) : commands.length > 0 ? (
        <ul class="plain shortcuts" data-list="welcome-shortcuts" data-part="welcome-shortcuts">
          {commands.map((command) => (
            <li key={command.name}>
              <span>{command.description}</span>
              {command.shortcut ? <kbd>{command.shortcut}</kbd> : <span class="muted">{t('scale_shortcutNone')}</span>}
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted" data-part="welcome-shortcuts">{t('welcome_noShortcuts')}</p>
      )}
    </>
  );
}
