// axe-core in a page: the WCAG 2.2 A/AA rules and best practices, on the whole document or on parts of it.
import { readFileSync } from 'node:fs';
import type { TestPage } from './browsers';

const AXE_SOURCE = readFileSync(new URL('../../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * The violations axe-core finds, one line each ("rule: targets"). `include` is a selector, or a list of axe
 * selector paths (["dedoc-root", ".summary-panel"] reaches inside the shadow root); the whole page when absent.
 */
export async function runAxe(page: TestPage, include?: string | string[][]): Promise<string[]> {
  await page.evaluate((source) => {
    if (!(globalThis as any).axe) (0, eval)(source);
  }, AXE_SOURCE);
  const selector = typeof include === 'string' ? [[include]] : include;
  return page.evaluate(
    async ({ selector, tags }) => {
      const axe = (globalThis as any).axe;
      const result = await axe.run(selector ? { include: selector } : document, { runOnly: { type: 'tag', values: tags } });
      return result.violations.map((v: any) => `${v.id}: ${v.nodes.map((n: any) => n.target.join(' ')).join(', ')}`);
    },
    { selector, tags: TAGS },
  );
}
