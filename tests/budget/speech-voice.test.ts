// What read-aloud's voice adds to the package, checked on the build (DEDOC_OUT names it, dist/ by default): the
// built-in voice's files (Vietnamese-only espeak-ng data, the Worker with the trimmed loader, Chrome's offscreen
// page and its code) and the player's content bundle together stay under 2 MB unpacked (issue 13), with room left
// for the background's router; the data is exactly the checked repack, nothing of it is web-accessible, the Worker
// holds nothing the default MV3 CSP forbids, and the Firefox build asks for no permission Firefox does not have.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cspProblems } from '../../tools/voice-data/trim';
import { VOICE_DATA_BYTES, VOICE_DATA_FILE } from '../../tools/voice-data/vite-plugin';

const ROOT = new URL('../../', import.meta.url).pathname;
const OUT = process.env.DEDOC_OUT ? resolve(process.env.DEDOC_OUT) : join(ROOT, 'dist');
/** Issue 13: the extension grows by at most 2 MB unpacked for read-aloud. */
const ADDED_BUDGET_BYTES = 2 * 1024 * 1024;
/** Kept free for what cannot be told apart in shared chunks (the background's router, ~10 KB minified). */
const SHARED_CODE_ALLOWANCE = 64 * 1024;

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/** The files a page's <script src> and modulepreload links name (the offscreen page's own code). */
function pageScripts(dir: string, page: string): string[] {
  const html = readFileSync(join(dir, page), 'utf8');
  return [...html.matchAll(/(?:src|href)="\/([^"]+\.js)"/g)].map((m) => m[1]!);
}

describe.each(['chrome', 'firefox'])('read-aloud voice in the %s build', (browser) => {
  const dir = join(OUT, browser);
  const hasBuild = existsSync(join(dir, 'manifest.json'));
  it('exists (run npm run build first)', () => expect(hasBuild, `no build in ${dir}`).toBe(true));
  if (!hasBuild) return;
  const files = listFiles(dir).map((path) => path.slice(dir.length + 1));
  const size = (file: string): number => statSync(join(dir, file)).size;
  const workers = files.filter((f) => /^assets\/worker-[\w-]+\.js$/.test(f));
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    permissions: string[];
    web_accessible_resources?: Array<{ resources: string[] }>;
  };

  it('ships the Vietnamese-only voice data, exactly the checked repack, and no other espeak data', () => {
    expect(size(VOICE_DATA_FILE)).toBe(VOICE_DATA_BYTES);
    expect(files.filter((f) => f.endsWith('.data'))).toEqual([VOICE_DATA_FILE]);
    const exposed = (manifest.web_accessible_resources ?? []).flatMap((r) => r.resources);
    expect(exposed.some((r) => r.startsWith('voice/') || r.includes('worker') || r === '*' || r === '**/*')).toBe(false);
  });

  it('has one voice Worker, with nothing the default MV3 CSP forbids (no eval, no real WebAssembly)', () => {
    expect(workers).toHaveLength(1);
    expect(cspProblems(readFileSync(join(dir, workers[0]!), 'utf8'))).toEqual([]);
  });

  it(`adds at most 2 MB unpacked (voice data, Worker, offscreen page, player bundle)`, () => {
    const offscreen = browser === 'chrome' ? ['src/offscreen/index.html', ...pageScripts(dir, 'src/offscreen/index.html')] : [];
    // Chunks the offscreen page shares with the other pages (the browser API wrapper) are not read-aloud's own.
    const own = offscreen.filter((f) => !/^assets\/browser-/.test(f));
    const player = files.filter((f) => /^content\/speech[\w.-]*\.js$/.test(f));
    const added = [VOICE_DATA_FILE, ...workers, ...own, ...player];
    const bytes = added.reduce((sum, f) => sum + size(f), 0);
    console.log(`${browser}: read-aloud adds ${bytes} bytes in ${added.length} files (${added.map((f) => `${f} ${size(f)}`).join(', ')})`);
    expect(bytes).toBeLessThanOrEqual(ADDED_BUDGET_BYTES - SHARED_CODE_ALLOWANCE);
  });

  it('asks for tts and offscreen in Chrome only; Firefox has an offscreen page neither', () => {
    if (browser === 'chrome') {
      expect(manifest.permissions).toEqual(expect.arrayContaining(['tts', 'offscreen']));
      expect(files).toContain('src/offscreen/index.html');
    } else {
      expect(manifest.permissions).not.toContain('tts');
      expect(manifest.permissions).not.toContain('offscreen');
      expect(files.some((f) => f.startsWith('src/offscreen/'))).toBe(false);
    }
  });
});
