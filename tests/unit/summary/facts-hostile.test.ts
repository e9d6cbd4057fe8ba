// Key facts on hostile text. Each of these inputs used to take seconds to minutes in one step (backtracking or
// quadratic scans) or to overflow the stack; now each completes, and the work grows linearly with the input.
// Times are compared only as ratios of the fastest of several runs (n against 4n), never against a fixed budget:
// a quadratic step gives about 16×, a linear one about 4×. They are this process's CPU time, not wall time, so
// that other work on a shared machine does not count.
import { describe, expect, it } from 'vitest';
import { extractKeyFacts, keyFactsSteps } from '../../../src/core/summary/facts';

function fastest(runs: number, fn: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage();
    fn();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

/** Time of fn(4n) over time of fn(n), fastest of five runs each after a warm-up. */
function growth(make: (n: number) => string, n: number): number {
  const small = make(n);
  const large = make(4 * n);
  extractKeyFacts(small);
  return fastest(5, () => extractKeyFacts(large)) / Math.max(0.05, fastest(5, () => extractKeyFacts(small)));
}

const LINEAR_GROWTH = 8;

describe('key facts on hostile text', () => {
  it('measure words repeated before a figure ("ở mức" ×40) finish, and the figure is still found', () => {
    const facts = extractKeyFacts(`Giá ${'ở mức '.repeat(40)}xăng 50 kg.`);
    expect(facts.figures.map((f) => f.value)).toEqual(['50 kg']);
    const facts2 = extractKeyFacts(`Giá ${'ở mức tại mức mức khoảng '.repeat(40)}xăng 50 kg.`);
    expect(facts2.figures).toHaveLength(1);
  });

  it('twelve thousand names in one sentence finish, linearly', () => {
    const text = 'ông Nguyễn Văn An, '.repeat(12000);
    expect(extractKeyFacts(text).people.map((p) => p.name)).toEqual(['Nguyễn Văn An']);
    expect(growth((n) => 'ông Nguyễn Văn An, '.repeat(n), 1500)).toBeLessThan(LINEAR_GROWTH);
  });

  it('twelve thousand figures in one sentence finish, linearly', () => {
    const text = 'giá 1 kg, '.repeat(12000);
    expect(extractKeyFacts(text).figures.length).toBeGreaterThan(0);
    expect(growth((n) => 'giá 1 kg, '.repeat(n), 3000)).toBeLessThan(LINEAR_GROWTH);
  });

  it('a title list of twelve thousand items before a name does not overflow the stack', () => {
    const facts = extractKeyFacts(`${'Tiến sĩ, '.repeat(12000)}bác sĩ Lê Quốc Hùng phát biểu.`);
    expect(facts.people.map((p) => p.name)).toEqual(['Lê Quốc Hùng']);
    expect(facts.people[0]!.titles[0]).toMatch(/bác sĩ$/u);
  });

  it('a 100,000-character sentence is worked through in many small steps, not one', () => {
    const sentence = `${'Sở Y tế tỉnh Kiên Giang cho biết 1.200 hồ sơ đạt 61,3%, '.repeat(1800)}xong.`;
    expect(sentence.length).toBeGreaterThan(100000);
    let steps = 0;
    const run = keyFactsSteps(sentence);
    for (let next = run.next(); !next.done; next = run.next()) steps++;
    expect(steps).toBeGreaterThan(50);
  });
});
