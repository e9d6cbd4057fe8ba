// @vitest-environment happy-dom
// The article tracker batches page changes per frame, or with a timer in a hidden tab; stopping cancels whichever
// is pending, so nothing runs after Dễ Đọc was switched off.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ArticleTracker } from '../../../src/content/article';

describe('the article tracker in a hidden tab', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('cancels its pending timer (not an animation frame) when stopped', async () => {
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    document.body.innerHTML = '<main><p>Một đoạn văn.</p></main>';
    const tracker = new ArticleTracker(document);
    tracker.start();
    const flush = vi.spyOn(tracker as unknown as { flush(): void }, 'flush');
    vi.useFakeTimers();
    document.body.append(document.createElement('p'));
    // Let the observer deliver its record (a microtask), which schedules the timer.
    await Promise.resolve();
    await Promise.resolve();
    tracker.stop();
    vi.advanceTimersByTime(1000);
    expect(flush).not.toHaveBeenCalled();
  });
});

// A huge page (the fuzz's 100,000-node document: 50 paragraphs of 200 bold words, a menu of thousands of links)
// takes the full detection hundreds of milliseconds in a browser: it runs in slices, each in a task of its own.
describe('the article tracker on a huge page', () => {
  const paragraphs = Array.from({ length: 50 }, (_, i) => `<p>Đoạn ${i}: Ủy ban nhân dân tỉnh Kiên Giang tổ chức hội nghị.${' <b>tin</b>'.repeat(30)}</p>`).join('');
  const PAGE =
    `<ul class="menu">${Array.from({ length: 500 }, (_, i) => `<li><a href="/muc-${i}">Mục ${i}</a></li>`).join('')}</ul>` +
    '<div id="ctl00_PlaceHolderMain_NewsDetail1_pnlNewsDetail"><h1 class="news-title">Kiên Giang sơ kết cải cách hành chính</h1>' +
    `<div id="ctl00_PlaceHolderMain_NewsDetail1_ctl00__ControlWrapper_RichHtmlField" class="ms-rtestate-field">${paragraphs}</div></div>`;

  it('detects in slices, in tasks of their own, and takes the answer when the last slice is done', async () => {
    const { FULL_DETECTION } = await import('../../../src/content/detection');
    history.replaceState(null, '', '/tin-tuc/bai-viet.html');
    document.body.innerHTML = PAGE;
    // The detection's steps, counted by the task they run in: a microtask queued at a task's first step runs when
    // that task's synchronous work is over, so the next step after it belongs to another task.
    let tasks = 0;
    let isInTask = false;
    const detector = {
      ...FULL_DETECTION,
      *detectSteps(doc: Document) {
        const steps = FULL_DETECTION.detectSteps!(doc);
        for (;;) {
          if (!isInTask) {
            tasks++;
            isInTask = true;
            queueMicrotask(() => void (isInTask = false));
          }
          const next = steps.next();
          if (next.done) return next.value;
          yield;
        }
      },
    };
    const tracker = new ArticleTracker(document, { detector });
    try {
      const found = new Promise<void>((resolve) => tracker.subscribe(() => resolve()));
      tracker.start();
      // start() did one slice, not the whole page.
      expect(tracker.current).toBeNull();
      expect(tracker.isLooking).toBe(true);
      await found;
      expect(tracker.isLooking).toBe(false);
      expect(tracker.current?.root.id).toMatch(/RichHtmlField$/);
      expect(tracker.current?.blocks.filter((b) => b.kind === 'paragraph')).toHaveLength(50);
      expect(tasks).toBeGreaterThan(1);
    } finally {
      tracker.stop();
    }
  });

  it('drops a detection in steps when stopped in the middle', async () => {
    const { FULL_DETECTION } = await import('../../../src/content/detection');
    document.body.innerHTML = PAGE;
    const tracker = new ArticleTracker(document, { detector: FULL_DETECTION });
    const listener = vi.fn();
    tracker.subscribe(listener);
    try {
      tracker.start();
    } finally {
      tracker.stop();
    }
    await new Promise((r) => setTimeout(r, 300));
    expect(listener).not.toHaveBeenCalled();
    expect(document.querySelector('[data-dedoc-article]')).toBeNull();
  });
});
