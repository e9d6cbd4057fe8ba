// The reader-facing words for everything that can go wrong with the user's dictionary: a line of an imported file,
// an entry the form cannot take, a change the dictionary or the browser's storage refused. Used by the options
// page's editor and by the in-page add form, so both say the same thing in the reader's language.
import type { ImportError, ImportProblem } from '../core/index';
import { dictionaryProblemOf } from './dictionary';
import { t, uiLanguage, type MessageKey } from './i18n';

const PROBLEM_KEYS: Record<ImportProblem, MessageKey> = {
  'short-missing': 'acronyms_err_short_missing',
  'long-missing': 'acronyms_err_long_missing',
  'short-too-long': 'acronyms_err_short_too_long',
  'long-too-long': 'acronyms_err_long_too_long',
  'note-too-long': 'acronyms_err_note_too_long',
  'short-no-letter': 'acronyms_err_short_no_letter',
  'same-as-long': 'acronyms_err_same_as_long',
  empty: 'acronyms_err_empty',
  'too-many': 'acronyms_err_too_many',
  'csv-unclosed-quote': 'acronyms_err_csv_unclosed_quote',
  'csv-too-many-columns': 'acronyms_err_csv_too_many_columns',
  'json-syntax': 'acronyms_err_json_syntax',
  'json-shape': 'acronyms_err_json_shape',
  'json-entry-not-object': 'acronyms_err_json_entry_not_object',
  'json-field-not-text': 'acronyms_err_json_field_not_text',
  duplicate: 'acronyms_err_duplicate',
};

/** A problem as a phrase ("thiếu nghĩa đầy đủ"), to follow "Dòng 3:" or to stand as a sentence (see sentence). */
export function describeProblem(problem: ImportProblem, detail?: string): string {
  return t(PROBLEM_KEYS[problem], detail ?? '');
}

/** A problem shown on its own (not after "Line 3:") starts with a capital and ends with a full stop. */
export function sentence(text: string): string {
  return `${text.charAt(0).toLocaleUpperCase()}${text.slice(1)}.`;
}

export function describeImportError(error: ImportError): string {
  const text = describeProblem(error.problem, error.detail);
  return error.line === null ? text : t('acronyms_importLine', [String(error.line), text]);
}

/** 20000 → "20.000" in Vietnamese, "20,000" in English. */
function formatCount(value: string | undefined): string {
  const n = Number(value);
  return Number.isFinite(n) ? new Intl.NumberFormat(uiLanguage()).format(n) : (value ?? '');
}

/** Why a dictionary change failed, as a sentence for the reader (the refusals named; anything else quoted). */
export function describeDictionaryError(error: unknown): string {
  const refusal = dictionaryProblemOf(error);
  if (!refusal) return error instanceof Error ? error.message : String(error);
  const { problem, detail } = refusal;
  switch (problem) {
    case 'too-many-after-merge': {
      const [after, max] = (detail ?? '').split('/');
      return sentence(t('acronyms_errTooManyAfterMerge', [formatCount(after), formatCount(max)]));
    }
    case 'full':
      return sentence(t('acronyms_errFull', formatCount(detail)));
    case 'storage-full':
      return sentence(t('acronyms_errStorageFull'));
    case 'exists':
      return sentence(t('acronyms_errExists'));
    case 'not-allowed':
    case 'invalid-change':
      return sentence(t('acronyms_errNotAllowed'));
    default:
      return problem in PROBLEM_KEYS ? sentence(describeProblem(problem)) : problem;
  }
}
