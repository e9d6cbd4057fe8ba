// What the options page says about a settings file it cannot import: the line, the setting and, in the reader's
// language, what that setting takes (from the schema, the same rules the background checks).
import type { ImportProblem } from '../../core/index';
import { describeProblem } from '../../shared/dictionary-messages';
import { t } from '../../shared/i18n';
import {
  COMFORT_RANGES,
  FONT_CHOICES,
  SUMMARY_LENGTHS,
  THEMES,
  TOOLTIP_OPENINGS,
  type ComfortNumber,
} from '../../shared/settings';
import type { TransferError } from '../../shared/settings/transfer';

const BOOLEAN_FIELDS = new Set(['enabled', 'scaleWholePage', 'collapsed', 'isUnderlined', 'captions']);

/** What the setting at `path` takes, said for the reader. */
function expected(path: readonly string[]): string {
  const field = path[path.length - 1] ?? '';
  if (path.includes('features') || BOOLEAN_FIELDS.has(field)) return t('transfer_expectBoolean');
  if (field === 'scale') return t('transfer_expectScale');
  if (field in COMFORT_RANGES) {
    const { min, max, step } = COMFORT_RANGES[field as ComfortNumber];
    return t('transfer_expectStep', [String(min), String(max), String(step)]);
  }
  const choices: Record<string, readonly string[]> = {
    theme: THEMES,
    font: FONT_CHOICES,
    side: ['left', 'right'],
    summaryLength: SUMMARY_LENGTHS,
    openOn: TOOLTIP_OPENINGS,
  };
  if (choices[field]) return t('transfer_expectOneOf', choices[field].join(', '));
  return t('transfer_expectValid');
}

function problemText(error: TransferError): string {
  switch (error.problem) {
    case 'json-syntax':
      return t('transfer_errJson', error.detail ?? '');
    case 'not-settings-file':
      return t('transfer_errNotSettings');
    case 'newer-file':
      return t('transfer_errNewer');
    case 'not-object':
      return t('transfer_errNotGroup');
    case 'unknown-setting':
      return t('transfer_errUnknown');
    case 'not-host':
      return t('transfer_errHost');
    case 'invalid-value':
      return expected(error.path);
    case 'dictionary': {
      const [problem = '', ...detail] = (error.detail ?? '').split(' ');
      return describeProblem(problem as ImportProblem, detail.join(' ') || undefined);
    }
  }
}

/** "Dòng 6, siteDefaults › scale: cần là một cỡ chữ …" */
export function describeTransferError(error: TransferError): string {
  const where = [error.line === null ? null : t('transfer_line', String(error.line)), error.path.length > 0 ? error.path.join(' › ') : null]
    .filter((part): part is string => part !== null)
    .join(', ');
  const text = problemText(error);
  return where ? `${where}: ${text}` : text;
}
