// The small "add this acronym" form shown in the tooltip and in the glossary: one field for what the acronym
// stands for, Save and Cancel. Built from nodes (never HTML strings): the acronym comes from the page.
import { t, uiLanguage } from '../../../shared/i18n';
import { onTrusted } from '../../ui/events';

let formCount = 0;

export interface AddFormOptions {
  doc: Document;
  short: string;
  signal: AbortSignal;
  save(short: string, long: string): Promise<void>;
  onCancel(): void;
  onSaved(): void;
}

export function buildAddForm(options: AddFormOptions): HTMLFormElement {
  const { doc, short, signal } = options;
  const id = `acr-add-${++formCount}`;
  const form = doc.createElement('form');
  form.className = 'acr-form';
  form.lang = uiLanguage();
  form.noValidate = true;
  const label = doc.createElement('label');
  label.htmlFor = id;
  label.textContent = t('acronyms_longLabel', short);
  const input = doc.createElement('input');
  input.id = id;
  input.type = 'text';
  input.name = 'long';
  input.autocomplete = 'off';
  input.lang = 'vi';
  input.required = true;
  input.dataset.action = 'acronyms-add-long';
  const error = doc.createElement('p');
  error.className = 'acr-error';
  error.id = `${id}-error`;
  error.setAttribute('role', 'alert');
  const actions = doc.createElement('div');
  actions.className = 'acr-actions';
  const save = doc.createElement('button');
  save.type = 'submit';
  save.dataset.action = 'acronyms-add-save';
  save.textContent = t('acronyms_save');
  const cancel = doc.createElement('button');
  cancel.type = 'button';
  cancel.className = 'secondary';
  cancel.dataset.action = 'acronyms-add-cancel';
  cancel.textContent = t('acronyms_cancel');
  actions.append(save, cancel);
  form.append(label, input, error, actions);

  onTrusted(cancel, 'click', () => options.onCancel(), signal);
  // Submit comes from Enter in the field or the Save button; both are trusted user actions.
  form.addEventListener(
    'submit',
    (event) => {
      event.preventDefault();
      if (!event.isTrusted) return;
      const long = input.value.trim();
      if (!long) {
        error.textContent = t('acronyms_longRequired');
        input.setAttribute('aria-invalid', 'true');
        input.setAttribute('aria-describedby', error.id);
        input.focus();
        return;
      }
      save.disabled = true;
      options
        .save(short, long)
        .then(() => options.onSaved())
        .catch((e: unknown) => {
          error.textContent = t('acronyms_saveFailed', e instanceof Error ? e.message : String(e));
          save.disabled = false;
        });
    },
    { signal },
  );
  return form;
}
