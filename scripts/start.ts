// npm start: builds Dễ Đọc (npm ci first on a fresh machine) and shows it on the bundled demo page — the 2019
// Kiên Giang portal article — served from 127.0.0.1 under its real host name, kiengiang.gov.vn.
// With a display: a visible Chromium with the extension loaded. Without one: headless screenshots of the page
// without and with Dễ Đọc, saved into demo-screenshots/.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { ensureBrowsers } from './ensure-browsers.mjs';
import { launchChromium } from '../tests/e2e/support/browsers';
import { startServer } from '../tests/e2e/support/server';

const root = new URL('..', import.meta.url).pathname;
const ARTICLE = '/tin-tuc/nam-dan-van-chinh-quyen.html';

ensureBrowsers();
execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit' });
const server = await startServer();
const url = server.url('kiengiang.gov.vn', ARTICLE);
const chromeDist = join(root, 'dist/chrome');
const firefoxDist = join(root, 'dist/firefox');

const howToLoad = `
Load Dễ Đọc by hand:
  Chrome/Chromium: chrome://extensions → turn on "Developer mode" → "Load unpacked" → ${chromeDist}
  Firefox:         about:debugging#/runtime/this-firefox → "Load Temporary Add-on…" → ${firefoxDist}/manifest.json
  (store-ready zips: dist/de-doc-chrome-<version>.zip, dist/de-doc-firefox-<version>.zip)`;

if (process.env.DISPLAY) {
  const profile = mkdtempSync(join(tmpdir(), 'dedoc-demo-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: false,
    viewport: null,
    env: { ...process.env, LANGUAGE: 'vi' },
    args: [
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--lang=vi',
      `--host-resolver-rules=MAP kiengiang.gov.vn 127.0.0.1`,
      `--disable-extensions-except=${chromeDist}`,
      `--load-extension=${chromeDist}`,
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  console.log(`\nDễ Đọc is running on the demo page: ${url}\nClose the browser window to stop.${howToLoad}`);
  await new Promise<void>((resolve) => context.on('close', () => resolve()));
  await server.close();
} else {
  const outDir = join(root, 'demo-screenshots');
  mkdirSync(outDir, { recursive: true });
  const shots: string[] = [];
  // Without Dễ Đọc: the page as the portal serves it.
  const plain = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--host-resolver-rules=MAP * 127.0.0.1, EXCLUDE localhost'],
  });
  const plainPage = await plain.newPage({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
  await plainPage.goto(url, { waitUntil: 'load' });
  shots.push(join(outDir, '1-without-de-doc.png'));
  await plainPage.screenshot({ path: shots.at(-1)! });
  await plain.close();
  // With Dễ Đọc.
  const harness = await launchChromium();
  const page = await harness.newPage(url);
  await page.waitFor(() => document.querySelector('dedoc-root')?.shadowRoot?.querySelector('.toolbar') != null);
  await new Promise((r) => setTimeout(r, 500));
  shots.push(join(outDir, '2-with-de-doc.png'));
  await page.screenshot(shots.at(-1)!);
  await harness.close();
  await server.close();
  console.log(`\nNo display here, so the demo ran headless. Screenshots of ${url}:`);
  for (const shot of shots) console.log(`  ${shot}`);
  console.log(howToLoad);
  console.log(`\nTo see it live on a machine with a display, run npm start there (it opens Chromium with Dễ Đọc).`);
}
