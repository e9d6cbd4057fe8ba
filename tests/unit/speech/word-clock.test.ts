// The current word on a clock: built-in voice word times scheduled from the audio start, a fake clock driving it.
import { describe, expect, it } from 'vitest';
import { WordSchedule, estimateSourceWords, estimateWordTimes, speechText, type Clock, type TimedWord } from '../../../src/core/speech/index';

class FakeClock implements Clock {
  t = 0;
  now(): number {
    return this.t;
  }
}

// "Xin chào, đây là Dễ Đọc" as the built-in voice times it (ms 0, 225, 661, 780, 962, 1191).
const WORDS: TimedWord[] = [
  { time: 0, sourceStart: 0, sourceEnd: 3 },
  { time: 0.225, sourceStart: 4, sourceEnd: 8 },
  { time: 0.661, sourceStart: 10, sourceEnd: 13 },
  { time: 0.78, sourceStart: 14, sourceEnd: 16 },
  { time: 0.962, sourceStart: 17, sourceEnd: 19 },
  { time: 1.191, sourceStart: 20, sourceEnd: 23 },
];

describe('WordSchedule', () => {
  it('has no current word before the audio begins', () => {
    const clock = new FakeClock();
    const schedule = new WordSchedule(clock);
    schedule.add(WORDS);
    expect(schedule.current()).toBeUndefined();
    expect(schedule.secondsToNext()).toBeUndefined();
  });

  it('follows the clock from the moment the audio starts', () => {
    const clock = new FakeClock();
    clock.t = 10;
    const schedule = new WordSchedule(clock);
    schedule.add(WORDS);
    schedule.begin(10.5); // the buffer was scheduled to start half a second ahead
    expect(schedule.current()).toBeUndefined();
    clock.t = 10.5;
    expect(schedule.current()).toBe(WORDS[0]);
    expect(schedule.secondsToNext()).toBeCloseTo(0.225);
    clock.t = 10.5 + 0.7;
    expect(schedule.current()).toBe(WORDS[2]);
    clock.t = 10.5 + 0.8;
    expect(schedule.current()).toBe(WORDS[3]);
    clock.t = 20;
    expect(schedule.current()).toBe(WORDS[5]);
    expect(schedule.secondsToNext()).toBeUndefined();
  });

  it('takes words as synthesis produces them', () => {
    const clock = new FakeClock();
    const schedule = new WordSchedule(clock);
    schedule.begin(0);
    schedule.add(WORDS.slice(0, 2));
    clock.t = 0.9;
    expect(schedule.current()).toBe(WORDS[1]);
    schedule.add(WORDS.slice(2));
    expect(schedule.current()).toBe(WORDS[3]);
  });

  it('refuses words out of order', () => {
    const schedule = new WordSchedule(new FakeClock());
    schedule.add([WORDS[2]!]);
    expect(() => schedule.add([WORDS[1]!])).toThrow(RangeError);
  });

  it('holds the word while paused on a clock that keeps running, then goes on where it was', () => {
    const clock = new FakeClock();
    const schedule = new WordSchedule(clock);
    schedule.add(WORDS);
    schedule.begin(0);
    clock.t = 0.3;
    schedule.pause();
    clock.t = 5;
    expect(schedule.current()).toBe(WORDS[1]);
    expect(schedule.secondsToNext()).toBeUndefined();
    schedule.resume();
    expect(schedule.current()).toBe(WORDS[1]);
    clock.t = 5 + 0.4;
    expect(schedule.current()).toBe(WORDS[2]);
  });
});

describe('estimated word times (engines without boundaries)', () => {
  it('gives every word a time, in order, pauses after punctuation', () => {
    const words = estimateWordTimes('Xin chào, đây là Dễ Đọc');
    expect(words.map((w) => w.time.toFixed(3))).toEqual(['0.000', '0.208', '0.705', '0.913', '1.121', '1.329']);
  });

  it('stretches to the real duration when it is known', () => {
    const words = estimateWordTimes('một hai ba bốn', { durationSeconds: 2 });
    expect(words.map((w) => w.time.toFixed(6))).toEqual(['0.000000', '0.500000', '1.000000', '1.500000']);
  });

  it('is faster at a higher rate', () => {
    expect(estimateWordTimes('một hai', { rate: 2 })[1]!.time).toBeCloseTo(0.104);
  });

  it('places estimated words in the source: every word of "27-5" lights "27-5"', () => {
    const source = 'Hôm qua, 27-5, họp';
    const words = estimateSourceWords(speechText(source));
    const spoken = words.filter((w) => source.slice(w.sourceStart, w.sourceEnd).startsWith('27-5'));
    expect(spoken).toHaveLength(5); // hai mươi bảy tháng năm,
  });

  it('runs the same schedule as engine word events', () => {
    const clock = new FakeClock();
    const schedule = new WordSchedule(clock);
    schedule.add(estimateSourceWords(speechText('Xin chào, đây là Dễ Đọc'), { durationSeconds: 1.41 }));
    schedule.begin(0);
    clock.t = 0.75;
    expect(schedule.current()).toMatchObject({ sourceStart: 10, sourceEnd: 13 });
  });
});
