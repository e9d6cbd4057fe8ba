// @vitest-environment happy-dom
// "Nghe tóm tắt" in the summary panel: reads the key sentences the panel shows, and, pressed while the summary is
// still being made (it is made when the panel first opens), reads them as soon as they show.
import { afterEach, describe, expect, it } from 'vitest';
import { offerSummaryListening } from '../../../../../src/content/features/speech/summary-listen';
import { userClick } from '../../../support/trusted';

function panel(): { shadow: ShadowRoot; list: HTMLOListElement } {
  const host = document.createElement('div');
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.innerHTML = '<section class="summary-panel"><header><div data-slot="read-aloud"></div></header><ol class="sentences"></ol></section>';
  return { shadow, list: shadow.querySelector('ol')! };
}

function addSentence(list: HTMLOListElement, text: string): void {
  const item = document.createElement('li');
  const button = document.createElement('button');
  button.textContent = text;
  item.append(button);
  list.append(item);
}

const tick = () => new Promise((r) => setTimeout(r, 0));
const controllers: AbortController[] = [];
afterEach(() => {
  for (const c of controllers.splice(0)) c.abort();
  document.body.innerHTML = '';
});

describe('Nghe tóm tắt', () => {
  it('reads the sentences shown', () => {
    const { shadow, list } = panel();
    addSentence(list, 'Câu một.');
    addSentence(list, 'Câu hai.');
    const heard: string[][] = [];
    const controller = new AbortController();
    controllers.push(controller);
    offerSummaryListening(shadow, (s) => heard.push(s), controller.signal);
    userClick(shadow.querySelector('[data-action="speech-summary"]')!);
    expect(heard).toEqual([['Câu một.', 'Câu hai.']]);
  });

  it('pressed while the summary is being made, reads it once it shows, once', async () => {
    const { shadow, list } = panel();
    const heard: string[][] = [];
    const controller = new AbortController();
    controllers.push(controller);
    offerSummaryListening(shadow, (s) => heard.push(s), controller.signal);
    userClick(shadow.querySelector('[data-action="speech-summary"]')!);
    expect(heard).toEqual([]);
    addSentence(list, 'Câu một.');
    await tick();
    expect(heard).toEqual([['Câu một.']]);
    addSentence(list, 'Câu hai.');
    await tick();
    expect(heard).toHaveLength(1);
  });

  it('stops waiting when the feature stops', async () => {
    const { shadow, list } = panel();
    const heard: string[][] = [];
    const controller = new AbortController();
    offerSummaryListening(shadow, (s) => heard.push(s), controller.signal);
    userClick(shadow.querySelector('[data-action="speech-summary"]')!);
    controller.abort();
    addSentence(list, 'Câu một.');
    await tick();
    expect(heard).toEqual([]);
  });
});
