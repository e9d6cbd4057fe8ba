// @vitest-environment happy-dom
// The in-page "add this acronym" form saves only what the reader typed, on the reader's own Save or Enter. A
// page's script can make the browser fire a trusted submit (form.requestSubmit(), save.click()) and can swap the
// field's value, but it cannot make trusted keyboard or pointer events or trusted input events.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildAddForm } from '../../../../src/shared/acronyms-ui/add-form';
import { trusted, userClick, userKey } from '../../support/trusted';

let saved: Array<[string, string]>;
let form: HTMLFormElement;
let input: HTMLInputElement;
let save: HTMLButtonElement;
let controller: AbortController;

beforeEach(() => {
  saved = [];
  controller = new AbortController();
  form = buildAddForm({
    doc: document,
    short: 'BCĐ',
    signal: controller.signal,
    save: async (short, long) => void saved.push([short, long]),
    onCancel: () => undefined,
    onSaved: () => undefined,
  });
  document.body.append(form);
  input = form.querySelector('input')!;
  save = form.querySelector('[data-action="acronyms-add-save"]')!;
});

afterEach(() => {
  controller.abort();
  form.remove();
  vi.restoreAllMocks();
});

/** The reader types into the field: the browser sets the value and fires a trusted input event. */
function userTypes(text: string): void {
  input.value = text;
  input.dispatchEvent(trusted(new InputEvent('input', { bubbles: true, composed: true })));
}

/** What the browser does after a click on Save or Enter in the field, or after a page's requestSubmit(): a trusted submit. */
function browserSubmits(): void {
  form.dispatchEvent(trusted(new SubmitEvent('submit', { bubbles: true, cancelable: true })));
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('acronym add form', () => {
  it('saves what the reader typed when the reader clicks Save', async () => {
    userTypes('Ban Chỉ đạo');
    userClick(save);
    browserSubmits();
    await settle();
    expect(saved).toEqual([['BCĐ', 'Ban Chỉ đạo']]);
  });

  it('saves on Enter in the field', async () => {
    userTypes('Ban Chỉ đạo');
    userKey(input, 'Enter');
    browserSubmits();
    await settle();
    expect(saved).toEqual([['BCĐ', 'Ban Chỉ đạo']]);
  });

  it('ignores a page that submits the form itself (requestSubmit, or save.click())', async () => {
    userTypes('Ban Chỉ đạo');
    browserSubmits();
    save.click();
    browserSubmits();
    await settle();
    expect(saved).toEqual([]);
  });

  it('ignores a page that fills the field itself, even with an input event of its own', async () => {
    input.value = 'Ban Chỉ đạo giả';
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    userClick(save);
    browserSubmits();
    await settle();
    expect(saved).toEqual([]);
  });

  it('refuses a value the page swapped in after the reader typed, and says so', async () => {
    userTypes('Ban Chỉ đạo');
    input.value = 'Ban gì khác';
    userClick(save);
    browserSubmits();
    await settle();
    expect(saved).toEqual([]);
    expect(form.querySelector('[role="alert"]')?.textContent).toBe('acronyms_longChanged');
  });

  it('does not let a page reuse the reader’s click later', async () => {
    const now = vi.spyOn(performance, 'now').mockReturnValue(1_000);
    userTypes('Ban Chỉ đạo');
    userClick(save);
    now.mockReturnValue(5_000);
    browserSubmits();
    await settle();
    expect(saved).toEqual([]);
  });
});
