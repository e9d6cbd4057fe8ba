// Read-aloud end-to-end in real Chromium and Firefox ESR, with the built-in voice (headless browsers have no system
// voice): a real click on "Nghe" reads the demo article from its title, the sentence highlight (dedoc-speech) is
// exactly the sentence heard and follows the reading, the word heard is highlighted (dedoc-speech-word), <dedoc-root>
// says data-speech-state / data-speech-engine; pause keeps the highlight, resume goes on; next/previous; the rate
// is remembered; stop removes the highlight; the page's text is never changed; read from here; a selection;
// switching the feature off mid-sentence removes everything; axe-core finds nothing in the player.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAxe } from './support/axe';
import type { BrowserName, TestPage } from './support/browsers';
import { readSettings, setPrefs, settingsWhen } from './support/extension';
import { hasSpeechDispatcher, speechDispatcher } from './support/speechd';
import { click, pointOf, screenshot, waitForDedoc } from './support/helpers';
import { useBrowser } from './support/suite';

const BROWSERS: BrowserName[] = (process.env.DEDOC_SPEECH_BROWSERS?.split(',') as BrowserName[] | undefined) ?? ['chromium', 'firefox'];
const DEMO = { host: 'kiengiang.gov.vn', path: '/tin-tuc/nam-dan-van-chinh-quyen.html' };
const DEMO_TITLE = 'Góp phần thực hiện thắng lợi các mục tiêu phát triển kinh tế, xã hội của tỉnh';
const OUR_UI = [['dedoc-root', '.speech-panel'], ['dedoc-root', '[data-action="speech-open"]']];
/** The first sentence of speech takes the built-in voice's first load (its data and Worker): allow for it. */
const FIRST_SOUND_MS = 30_000;

/** What the page shows of read-aloud now. */
const speechState = (page: TestPage) =>
  page.evaluate(() => {
    const root = document.querySelector('dedoc-root');
    const shadow = root?.shadowRoot;
    const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim().normalize('NFC');
    const ranges = (name: string): string[] => {
      const highlight = (CSS as any).highlights?.get(name);
      return highlight ? [...highlight].map((r: Range) => norm(r.toString())) : [];
    };
    const panel = shadow?.querySelector<HTMLElement>('.speech-panel');
    return {
      state: root?.getAttribute('data-speech-state') ?? null,
      engine: root?.getAttribute('data-speech-engine') ?? null,
      sentence: ranges('dedoc-speech'),
      word: ranges('dedoc-speech-word'),
      progress: norm(panel?.querySelector('.progress')?.textContent),
      rate: norm(panel?.querySelector('.rate')?.textContent),
      status: norm(panel?.querySelector('.status')?.textContent),
      isOpen: !!panel && !panel.hidden,
      playAction: panel?.querySelector<HTMLElement>('.controls button:first-child')?.dataset.action ?? null,
      gated: document.documentElement.hasAttribute('data-dedoc-speech-highlight'),
    };
  });

/** The page as its reader sees it (the portal's ticking clock emptied): markup and the article's text. */
const pageSnapshot = (page: TestPage) =>
  page.evaluate(() => {
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    clone.querySelector('#kg-clock')?.replaceChildren();
    const root = document.querySelector('[data-dedoc-article]');
    return { html: clone.outerHTML, article: root?.innerHTML ?? null, text: root?.textContent ?? null };
  });

async function waitForButton(page: TestPage): Promise<void> {
  await waitForDedoc(page);
  await page.waitFor(() => document.querySelector('dedoc-root')?.shadowRoot?.querySelector('[data-action="speech-open"]') != null, undefined, 15_000);
}

/** Waits until the progress says sentence `n` (1-based) or later. */
function waitForSentence(page: TestPage, n: number, timeoutMs = FIRST_SOUND_MS): Promise<void> {
  return page.waitFor(
    (at) => {
      const text = document.querySelector('dedoc-root')?.shadowRoot?.querySelector('.speech-panel .progress')?.textContent ?? '';
      const m = /(\d+)/.exec(text);
      return m !== null && Number(m[1]) >= at;
    },
    n,
    timeoutMs,
  );
}

function waitForState(page: TestPage, state: string | null, timeoutMs = 10_000): Promise<void> {
  return page.waitFor((s) => document.querySelector('dedoc-root')?.getAttribute('data-speech-state') === s, state, timeoutMs);
}

describe.each(BROWSERS)('read-aloud in %s', (name) => {
  // Read-aloud alone (other features change the page on their own schedule and are tested in their own files),
  // except where a test switches the acronyms on to check that their wrappers do not break the highlight.
  const suite = useBrowser(name, {
    prefs: { features: { scale: false, acronyms: false, summary: false, speech: true } },
    // Headless Firefox has no audio device, so its background page's AudioContext never runs (the voice side then
    // says 'audio-blocked'); cubeb's mock backend, which Firefox's own tests use, plays into nothing on a real clock.
    ...(name === 'firefox' ? { firefoxPrefs: { 'media.cubeb.force_mock_context': true } } : {}),
  });
  const setPrefsHere = (patch: Record<string, unknown>) => setPrefs(suite.control, patch);

  it('demo page: reads from the title with the sentence and word highlighted, pause/resume, next/previous, rate, stop', async () => {
    const page = await suite.harness.newPage(suite.server.url(DEMO.host, DEMO.path));
    await waitForButton(page);
    // Playwright's first screenshot leaves style="" on inputs (it hides the caret): taken before the snapshot.
    await screenshot(page, suite.harness, 'speech-before');
    const before = await pageSnapshot(page);

    await click(page, { shadow: '[data-action="speech-open"]' });
    await waitForState(page, 'playing');
    let state = await speechState(page);
    expect(state.isOpen).toBe(true);
    expect(state.sentence).toEqual([DEMO_TITLE]);
    expect(state.progress).toMatch(/^(Câu 1 \/|Sentence 1 of) \d+$/);
    // Which engine speaks: the built-in voice (no system voice here).
    await page.waitFor(() => document.querySelector('dedoc-root')?.getAttribute('data-speech-engine') === 'builtin', undefined, FIRST_SOUND_MS);
    // The word heard is highlighted inside the sentence.
    await page.waitFor(() => {
      const word = (CSS as any).highlights?.get('dedoc-speech-word');
      return word && [...word].length === 1;
    }, undefined, FIRST_SOUND_MS);
    state = await speechState(page);
    expect(state.word.length).toBe(1);
    expect(DEMO_TITLE).toContain(state.word[0]);
    await screenshot(page, suite.harness, 'speech-title');

    // The highlight follows the reading: the second sentence is the first of the first paragraph.
    await waitForSentence(page, 2);
    state = await speechState(page);
    expect(state.sentence.length).toBe(1);
    expect(state.sentence[0]).toMatch(/^Hôm qua, 27-5, Ban Cán sự Đảng Ủy ban nhân dân \(UBND\) tỉnh/);
    await screenshot(page, suite.harness, 'speech-reading');

    // Pause keeps the sentence highlighted; nothing moves; resume goes on.
    await click(page, { shadow: '[data-action="speech-pause"]' });
    await waitForState(page, 'paused');
    const paused = await speechState(page);
    expect(paused.engine).toBe('builtin');
    expect(paused.sentence).toEqual(state.sentence);
    expect(paused.playAction).toBe('speech-play');
    await new Promise((r) => setTimeout(r, 1500));
    expect((await speechState(page)).progress).toBe(paused.progress);
    await screenshot(page, suite.harness, 'speech-paused');
    await click(page, { shadow: '[data-action="speech-play"]' });
    await waitForState(page, 'playing');

    // Next and previous, by sentence.
    const at = Number(/(\d+)/.exec((await speechState(page)).progress)![1]);
    await click(page, { shadow: '[data-action="speech-next"]' });
    await waitForSentence(page, at + 1);
    const next = await speechState(page);
    expect(next.sentence[0]).not.toBe(state.sentence[0]);
    await click(page, { shadow: '[data-action="speech-previous"]' });
    await page.waitFor((p) => document.querySelector('dedoc-root')?.shadowRoot?.querySelector('.speech-panel .progress')?.textContent !== p, next.progress);

    // Faster: 1,1× (a Vietnamese decimal comma), remembered for Vietnamese voices.
    await click(page, { shadow: '[data-action="speech-faster"]' });
    await page.waitFor(() => /Tốc độ 1,1×/.test(document.querySelector('dedoc-root')?.shadowRoot?.querySelector('.speech-panel .rate')?.textContent ?? ''));
    const stored = await settingsWhen(suite.control, (s) => s.speech?.rates?.vi === 1.1);
    expect(stored.speech.rates.vi).toBe(1.1);

    // axe-core on the player while it plays.
    expect(await runAxe(page, OUR_UI)).toEqual([]);

    // Stop: everything read-aloud added to the page goes.
    await click(page, { shadow: '[data-action="speech-stop"]' });
    await waitForState(page, null);
    const stopped = await speechState(page);
    expect(stopped).toMatchObject({ engine: null, sentence: [], word: [], gated: false });
    const after = await pageSnapshot(page);
    expect(after.text).toBe(before.text);
    expect(after.article).toBe(before.article);
    expect(after.html).toBe(before.html);
    await page.close();
  });

  it.each([
    { id: 'baochinhphu.vn--chinh-sach-moi-thang-3-2026', host: 'baochinhphu.vn', title: 'Chính sách mới có hiệu lực từ tháng 3/2026', next: /^Tháng 3\/2026 có nhiều chính sách mới có hiệu lực/ },
    // Its dateline comes before the title in the page: it is not read, the title is first.
    { id: 'qdnd.vn--article.excerpt', host: 'qdnd.vn', title: 'Chuyên gia khuyến cáo phòng tránh nguy cơ ngộ độc rượu trong những ngày Tết', next: /^Tết là thời điểm nhu cầu tiêu thụ các loại rượu, bia tăng cao hơn bình thường\.$/ },
  ])('fixture $id: reads from its title, then the sapo; the page is unchanged', async ({ id, host, title, next }) => {
    const page = await suite.harness.newPage(suite.server.url(host, `/__fixtures__/${id}/`));
    await waitForButton(page);
    await screenshot(page, suite.harness, `speech-${host}-before`);
    const before = await pageSnapshot(page);
    await click(page, { shadow: '[data-action="speech-open"]' });
    await waitForState(page, 'playing');
    expect((await speechState(page)).sentence).toEqual([title]);
    await click(page, { shadow: '[data-action="speech-next"]' });
    await waitForSentence(page, 2);
    const state = await speechState(page);
    expect(state.sentence.length).toBe(1);
    expect(state.sentence[0]).toMatch(next);
    await screenshot(page, suite.harness, `speech-${host}`);
    await click(page, { shadow: '[data-action="speech-stop"]' });
    await waitForState(page, null);
    const after = await pageSnapshot(page);
    expect(after.text).toBe(before.text);
    expect(after.html).toBe(before.html);
    await page.close();
  });

  it('demo page, at 2×: read from the title to the end, each sentence highlighted once and in order, then it stops', async () => {
    await setPrefsHere({ speech: { rates: { vi: 2 } } });
    try {
      await readToTheEnd();
    } finally {
      await setPrefsHere({ speech: { rates: { vi: 1 } } });
    }
  }, 300_000);

  async function readToTheEnd(): Promise<void> {
    const page = await suite.harness.newPage(suite.server.url(DEMO.host, DEMO.path));
    await waitForButton(page);
    // Every change of the two highlights, recorded in the page each frame: the sentence's text, whether it comes after
    // the one before in the document, and how many words were marked inside it.
    await page.evaluate(() => {
      const w = window as any;
      w.__read = [] as Array<{ text: string; isAfter: boolean; words: number }>;
      let last: Range | null = null;
      let lastWord = '';
      const look = (): void => {
        const sentence = (CSS as any).highlights?.get('dedoc-speech');
        const range: Range | undefined = sentence ? [...sentence][0] : undefined;
        if (range && (!last || range.compareBoundaryPoints(Range.START_TO_START, last) !== 0 || range.toString() !== last.toString())) {
          w.__read.push({ text: range.toString().replace(/\s+/g, ' ').trim(), isAfter: !last || last.compareBoundaryPoints(Range.START_TO_START, range) < 0, words: 0 });
          last = range.cloneRange();
          lastWord = '';
        }
        const word = (CSS as any).highlights?.get('dedoc-speech-word');
        const wordRange: Range | undefined = word ? [...word][0] : undefined;
        const key = wordRange ? `${wordRange.startOffset}:${wordRange.toString()}` : '';
        if (key && key !== lastWord && w.__read.length > 0) w.__read[w.__read.length - 1].words++;
        lastWord = key;
        requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    await click(page, { shadow: '[data-action="speech-open"]' });
    await waitForState(page, 'playing');
    await page.waitFor(() => document.querySelector('dedoc-root')?.getAttribute('data-speech-engine') === 'builtin', undefined, FIRST_SOUND_MS);
    const total = Number(/\/ (\d+)/.exec((await speechState(page)).progress)![1]);
    // The end: the player stops by itself (about 5,000 spoken characters at twice the voice's pace).
    await waitForState(page, null, 240_000);
    const read: Array<{ text: string; isAfter: boolean; words: number }> = await page.evaluate(() => (window as any).__read);
    expect(read.map((r) => r.text)[0]).toBe(DEMO_TITLE);
    expect(read).toHaveLength(total);
    expect(read.every((r) => r.isAfter)).toBe(true);
    // The built-in voice gives word positions: words were marked in every sentence.
    expect(read.filter((r) => r.words === 0)).toEqual([]);
    const article = await page.evaluate(() => (document.querySelector('[data-dedoc-article]')?.textContent ?? '').replace(/\s+/g, ' ').trim());
    // The last sentence read is the article's last (the reporter's name after it is a credit, not read).
    expect(article).toContain(read[read.length - 1]!.text);
    expect(read[read.length - 1]!.text).toMatch(/doanh nghiệp\.{1,3}$/);
    expect(read.some((r) => r.text.includes('QUỐC TRINH'))).toBe(false);
    // Nothing of read-aloud left on the page.
    expect(await speechState(page)).toMatchObject({ state: null, engine: null, sentence: [], word: [] });
    await page.close();
  }

  it('the player follows the text size and theme: targets ≥ 44 px at 200 %, axe-clean in the dark theme', async () => {
    const page = await suite.harness.newPage(suite.server.url(DEMO.host, DEMO.path));
    await waitForButton(page);
    // html[data-dedoc-scale] / [data-dedoc-theme] are the text-size feature's contract with the others: set here as it sets them.
    await page.evaluate(() => {
      document.documentElement.setAttribute('data-dedoc-scale', '2');
      document.documentElement.setAttribute('data-dedoc-theme', 'dark');
    });
    await click(page, { shadow: '[data-action="speech-open"]' });
    await waitForState(page, 'playing');
    await click(page, { shadow: '[data-action="speech-pause"]' });
    await waitForState(page, 'paused');
    await page.waitFor(() => document.querySelector('dedoc-root')!.shadowRoot!.querySelector<HTMLElement>('.speech-panel')!.dataset.theme === 'dark');
    const targets = await page.evaluate(() =>
      [...document.querySelector('dedoc-root')!.shadowRoot!.querySelectorAll<HTMLElement>('.speech-panel button, .speech-panel select')].map((b) => {
        const r = b.getBoundingClientRect();
        return { action: b.dataset.action, w: r.width, h: r.height };
      }),
    );
    for (const t of targets) {
      expect(t.w, t.action).toBeGreaterThanOrEqual(44);
      expect(t.h, t.action).toBeGreaterThanOrEqual(44);
    }
    expect(await runAxe(page, OUR_UI)).toEqual([]);
    await screenshot(page, suite.harness, 'speech-200-dark');
    await click(page, { shadow: '[data-action="speech-stop"]' });
    await waitForState(page, null);
    await page.close();
  });

  it('Esc in the player stops; ← → move by sentence', async () => {
    const page = await suite.harness.newPage(suite.server.url(DEMO.host, DEMO.path));
    await waitForButton(page);
    await click(page, { shadow: '[data-action="speech-open"]' });
    await waitForState(page, 'playing');
    // The play/pause button has the focus: the keys act on the player.
    await page.press('ArrowRight');
    await waitForSentence(page, 2);
    await page.press('ArrowRight');
    await waitForSentence(page, 3);
    await page.press('ArrowLeft');
    await page.waitFor(() => /^(Câu 2|Sentence 2)/.test(document.querySelector('dedoc-root')?.shadowRoot?.querySelector('.speech-panel .progress')?.textContent ?? ''));
    await page.press('Escape');
    await waitForState(page, null);
    expect((await speechState(page)).sentence).toEqual([]);
    await page.close();
  });

  it('read from here: a click on a sentence while reading jumps there; the "đọc từ đây" control starts at a block', async () => {
    const page = await suite.harness.newPage(suite.server.url(DEMO.host, DEMO.path));
    await waitForButton(page);
    // While nothing is read: the control beside the block under the pointer, in the margin.
    const paragraph = '[data-dedoc-article] p:nth-of-type(5)';
    const point = await pointOf(page, paragraph);
    await page.moveMouse(point);
    await page.waitFor(() => {
      const b = document.querySelector('dedoc-root')?.shadowRoot?.querySelector<HTMLElement>('[data-action="speech-read-from-here"]');
      return b && !b.hidden;
    });
    const placement = await page.evaluate((selector) => {
      const b = document.querySelector('dedoc-root')!.shadowRoot!.querySelector<HTMLElement>('[data-action="speech-read-from-here"]')!.getBoundingClientRect();
      const p = document.querySelector(selector)!.getBoundingClientRect();
      return { overlaps: b.left < p.right && b.right > p.left && b.top < p.bottom && b.bottom > p.top, w: b.width, h: b.height };
    }, paragraph);
    expect(placement.overlaps).toBe(false);
    expect(placement.h).toBeGreaterThanOrEqual(44);
    await screenshot(page, suite.harness, 'speech-read-from-here');
    await click(page, { shadow: '[data-action="speech-read-from-here"]' });
    await waitForState(page, 'playing');
    const fromBlock = await page.evaluate((selector) => document.querySelector(selector)!.textContent!.replace(/\s+/g, ' ').trim().normalize('NFC'), paragraph);
    let state = await speechState(page);
    expect(fromBlock.startsWith(state.sentence[0]!.slice(0, 40))).toBe(true);

    // While reading, a click on an earlier paragraph jumps back to it.
    await click(page, '[data-dedoc-article] p:nth-of-type(3)');
    await page.waitFor((first) => {
      const highlight = (CSS as any).highlights?.get('dedoc-speech');
      const range = highlight ? ([...highlight][0] as Range | undefined) : undefined;
      return range && first.startsWith(range.toString().replace(/\s+/g, ' ').trim().normalize('NFC').slice(0, 30));
    }, await page.evaluate(() => document.querySelector('[data-dedoc-article] p:nth-of-type(3)')!.textContent!.replace(/\s+/g, ' ').trim().normalize('NFC')));
    state = await speechState(page);
    expect(state.state).toBe('playing');
    await click(page, { shadow: '[data-action="speech-stop"]' });
    await waitForState(page, null);
    await page.close();
  });

  it('a selection: the toolbar’s "Nghe" reads just the selected text, highlighted where it is', async () => {
    const page = await suite.harness.newPage(suite.server.url(DEMO.host, DEMO.path));
    await waitForButton(page);
    const selected = await page.evaluate(() => {
      const p = document.querySelectorAll('[data-dedoc-article] p')[4]!;
      const text = p.firstChild as Text;
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, Math.min(text.length, 60));
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return range.toString().replace(/\s+/g, ' ').trim().normalize('NFC');
    });
    await click(page, { shadow: '[data-action="speech-open"]' });
    await waitForState(page, 'playing');
    const state = await speechState(page);
    expect(state.sentence.length).toBe(1);
    expect(selected.startsWith(state.sentence[0]!)).toBe(true);
    expect(state.progress).toMatch(/^(Câu 1 \/|Sentence 1 of) 1$/);
    await click(page, { shadow: '[data-action="speech-stop"]' });
    await waitForState(page, null);
    await page.close();
  });

  it('with the acronym wrappers on the page, the sentence highlight is still exactly the sentence', async () => {
    await setPrefsHere({ features: { acronyms: true } });
    const page = await suite.harness.newPage(suite.server.url(DEMO.host, DEMO.path));
    await waitForButton(page);
    await page.waitFor(() => document.querySelector('abbr[data-dedoc-acronym]') != null, undefined, 15_000);
    await click(page, { shadow: '[data-action="speech-open"]' });
    await waitForState(page, 'playing');
    await click(page, { shadow: '[data-action="speech-next"]' });
    await waitForSentence(page, 2);
    const state = await speechState(page);
    expect(state.sentence[0]).toMatch(/^Hôm qua, 27-5, Ban Cán sự Đảng Ủy ban nhân dân \(UBND\) tỉnh phối hợp Ban Dân vận Tỉnh ủy \(BDVTU\)/);
    await click(page, { shadow: '[data-action="speech-stop"]' });
    await waitForState(page, null);
    await page.close();
  });

  it('the summary panel’s "Nghe tóm tắt" reads its key sentences, each highlighted in the article', async () => {
    await setPrefsHere({ features: { summary: true } });
    const page = await suite.harness.newPage(suite.server.url(DEMO.host, DEMO.path));
    await waitForButton(page);
    await page.waitFor(() => document.querySelector('dedoc-root')?.shadowRoot?.querySelector('[data-action="summary-open"]') != null, undefined, 15_000);
    await click(page, { shadow: '[data-action="summary-open"]' });
    await page.waitFor(() => (document.querySelector('dedoc-root')?.shadowRoot?.querySelectorAll('.summary-panel ol.sentences button').length ?? 0) > 0);
    const sentences = await page.evaluate(() =>
      [...document.querySelector('dedoc-root')!.shadowRoot!.querySelectorAll('.summary-panel ol.sentences button')].map((b) =>
        (b.textContent ?? '').replace(/\s+/g, ' ').trim().normalize('NFC'),
      ),
    );
    await click(page, { shadow: '.summary-panel [data-action="speech-summary"]' });
    await waitForState(page, 'playing');
    const state = await speechState(page);
    expect(state.sentence).toEqual([sentences[0]]);
    // The summary stays open (one panel at a time: the player does not take its place).
    expect(await page.evaluate(() => document.querySelector('dedoc-root')!.shadowRoot!.querySelector<HTMLElement>('.summary-panel')!.hidden)).toBe(false);
    await screenshot(page, suite.harness, 'speech-summary');
    // The toolbar's "Nghe" shows the player of what is being read; it stops there.
    await click(page, { shadow: '[data-action="speech-open"]' });
    await click(page, { shadow: '[data-action="speech-stop"]' });
    await waitForState(page, null);
    await page.close();
  });

  it('switching the feature off mid-sentence stops the voice and removes everything it added', async () => {
    const page = await suite.harness.newPage(suite.server.url(DEMO.host, DEMO.path));
    await waitForDedoc(page);
    await screenshot(page, suite.harness, 'speech-off-before');
    await setPrefsHere({ features: { speech: false } });
    await page.waitFor(() => document.querySelector('dedoc-root')?.shadowRoot?.querySelector('[data-action="speech-open"]') == null);
    const original = await pageSnapshot(page);
    await setPrefsHere({ features: { speech: true } });
    await waitForButton(page);
    await click(page, { shadow: '[data-action="speech-open"]' });
    await page.waitFor(() => document.querySelector('dedoc-root')?.getAttribute('data-speech-engine') === 'builtin', undefined, FIRST_SOUND_MS);
    await setPrefsHere({ features: { speech: false } });
    await page.waitFor(() => document.querySelector('dedoc-root')?.shadowRoot?.querySelector('[data-action="speech-open"]') == null);
    const state = await speechState(page);
    expect(state).toMatchObject({ state: null, engine: null, sentence: [], word: [], gated: false, isOpen: false });
    const ours = await page.evaluate(() => document.querySelector('dedoc-root')?.shadowRoot?.querySelectorAll('.speech-panel, .read-from-here, [data-highlight^="dedoc-speech"]').length ?? 0);
    expect(ours).toBe(0);
    expect(await pageSnapshot(page)).toEqual(original);
    await page.close();
  });
});

// A Vietnamese voice of the computer (Linux: speech-dispatcher's espeak-ng voices, which report no word positions:
// the word heard is estimated from syllables). Headless browsers have none of their own: a private daemon.
// npm test installs speech-dispatcher (scripts/ensure-browsers.mjs): without it this suite fails rather than vanish.
describe.each(BROWSERS)('read-aloud with a browser voice in %s', (name) => {
  it('has speech-dispatcher to speak with', () => expect(hasSpeechDispatcher()).toBe(true));

  const speechd = speechDispatcher();
  beforeAll(() => speechd.start(), 20_000);
  const suite = useBrowser(name, {
    env: speechd.env,
    extraArgs: speechd.chromiumArgs,
    prefs: { features: { scale: false, acronyms: false, summary: false, speech: true } },
    ...(name === 'firefox' ? { firefoxPrefs: { 'media.cubeb.force_mock_context': true } } : {}),
  });
  afterAll(() => speechd.stop());

  it('the reader picks a Vietnamese voice of the computer: the page says the browser engine reads, sentence after sentence', async () => {
    const page = await suite.harness.newPage(suite.server.url(DEMO.host, DEMO.path));
    await waitForButton(page);
    // What <dedoc-root> says, every change recorded (the null audio device makes each sentence end at once).
    await page.evaluate(() => {
      const root = document.querySelector('dedoc-root')!;
      const seen: string[] = ((window as any).__seen = []);
      new MutationObserver(() => seen.push(`${root.getAttribute('data-speech-state')}/${root.getAttribute('data-speech-engine')}`)).observe(root, { attributes: true });
      const progress: string[] = ((window as any).__progress = []);
      setInterval(() => {
        const text = root.shadowRoot!.querySelector('.speech-panel .progress')?.textContent ?? '';
        if (text && progress[progress.length - 1] !== text) progress.push(text);
      }, 10);
    });
    await click(page, { shadow: '[data-action="speech-open"]' });
    await click(page, { shadow: '[data-action="speech-stop"]' });
    await waitForState(page, null);
    // The voices arrive late and in batches: the list offers them once they are there.
    await page.waitFor(() => [...(document.querySelector('dedoc-root')!.shadowRoot!.querySelector('[data-action="speech-voice"]') as HTMLSelectElement).options].some((o) => o.value !== '' && !o.value.startsWith('builtin:')), undefined, 20_000);
    const voiceId = await page.evaluate(() => [...(document.querySelector('dedoc-root')!.shadowRoot!.querySelector('[data-action="speech-voice"]') as HTMLSelectElement).options].find((o) => o.value !== '' && !o.value.startsWith('builtin:'))!.value);
    const settings = await readSettings(suite.control);
    await setPrefs(suite.control, { speech: { ...settings.speech, voiceId } });
    await page.evaluate(() => ((window as any).__seen.length = 0));
    await click(page, { shadow: '[data-action="speech-play"]' });
    await page.waitFor(() => ((window as any).__seen as string[]).includes('playing/browser'), undefined, 20_000);
    // Sentence after sentence: the progress went at least to the third.
    await page.waitFor(() => ((window as any).__progress as string[]).some((p) => /^(Câu|Sentence) ([3-9]|\d\d)/.test(p)), undefined, 20_000);
    expect(await page.evaluate(() => (window as any).__seen as string[])).not.toContain('playing/builtin');
    await click(page, { shadow: '[data-action="speech-stop"]' }).catch(() => undefined);
    await page.close();
  });
});
