// The small "add this acronym" form shown in the tooltip and in the glossary: one field for what the acronym
// stands for, Save and Cancel. Built from nodes (never HTML strings): the acronym comes from the page.
import { t, uiLanguage } from '../i18n';
import { onTrusted } from '../trusted-events';

let formCount = 0;

/** How long after the reader's own Save or Enter the submit it causes may arrive (it comes in the same task). */
const ACTIVATION_MS = 1000;

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
  // A trusted submit is not a user action: the browser fires one for a page's form.requestSubmit() or
  // save.click() too. So a submit counts only right after the reader's own click on Save (or Enter in the field),
  // and what is saved is what the reader typed (trusted input events, which a page cannot make): a value the
  // page put into the field is refused.
  let activatedAt = Number.NEGATIVE_INFINITY;
  let typed = '';
  const activate = (): void => {
    activatedAt = performance.now();
  };
  onTrusted(save, 'click', activate, signal);
  onTrusted(input, 'keydown', (event) => {
    if (event.key === 'Enter' && !event.isComposing) activate();
  }, signal);
  onTrusted(input, 'input', () => {
    typed = input.value;
  }, signal);
  form.addEventListener(
    'submit',
    (event) => {
      event.preventDefault();
      if (!event.isTrusted) return;
      const isActivated = performance.now() - activatedAt < ACTIVATION_MS;
      activatedAt = Number.NEGATIVE_INFINITY;
      if (!isActivated) return;
      if (input.value !== typed) {
        error.textContent = t('acronyms_longChanged');
        input.setAttribute('aria-invalid', 'true');
        input.setAttribute('aria-describedby', error.id);
        input.focus();
        return;
      }
      const long = typed.trim();
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
