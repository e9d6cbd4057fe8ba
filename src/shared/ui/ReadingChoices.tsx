// The reader's choices for acronyms and for the summary, the same in the popup and on the options page: the acronyms'
// dotted underline, when their tooltips open, and how long a summary is.
import { t, type MessageKey } from '../i18n';
import { SUMMARY_LENGTHS, TOOLTIP_OPENINGS, type AcronymPrefs, type SummaryLength, type TooltipOpening } from '../settings/schema';

const OPENING_NAMES: Record<TooltipOpening, MessageKey> = {
  hover: 'acronyms_openOnHover',
  click: 'acronyms_openOnClick',
};

const LENGTH_NAMES: Record<SummaryLength, MessageKey> = {
  short: 'summary_lengthShort',
  medium: 'summary_lengthMedium',
  long: 'summary_lengthLong',
};

export function AcronymChoices({ prefs, onChange, name }: { prefs: AcronymPrefs; onChange(patch: Partial<AcronymPrefs>): void; name: string }) {
  return (
    <>
      <label class="row">
        <input
          type="checkbox"
          data-setting="acronymsUnderline"
          checked={prefs.isUnderlined}
          onChange={(event) => onChange({ isUnderlined: (event.currentTarget as HTMLInputElement).checked })}
        />
        {t('acronyms_underline')}
      </label>
      <fieldset class="choice-group">
        <legend>{t('acronyms_openGroup')}</legend>
        {TOOLTIP_OPENINGS.map((value) => (
          <label class="row" key={value}>
            <input type="radio" name={name} data-setting="acronymsOpenOn" value={value} checked={prefs.openOn === value} onChange={() => onChange({ openOn: value })} />
            {t(OPENING_NAMES[value])}
          </label>
        ))}
      </fieldset>
    </>
  );
}

export function SummaryLengthChoice({ length, onChange, name }: { length: SummaryLength; onChange(length: SummaryLength): void; name: string }) {
  return (
    <fieldset class="choice-group">
      <legend>{t('summary_lengthGroup')}</legend>
      {SUMMARY_LENGTHS.map((value) => (
        <label class="row" key={value}>
          <input type="radio" name={name} data-setting="summaryLength" value={value} checked={length === value} onChange={() => onChange(value)} />
          {t(LENGTH_NAMES[value])}
        </label>
      ))}
    </fieldset>
  );
}
