// npm run voice-data [-- --out DIR]: repacks espeak-ng's data for Vietnamese only and writes the built-in voice's
// loader, data and manifest (default node_modules/.cache/dedoc-voice/). Fails loudly when the package is not exactly
// what tools/voice-data/vietnamese.ts lists.
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_OUT_DIR, VOICE_DATA, VOICE_JS, buildVoiceData } from '../../tools/voice-data/build';

const outFlag = process.argv.indexOf('--out');
const outDir = outFlag >= 0 && process.argv[outFlag + 1] ? process.argv[outFlag + 1]! : DEFAULT_OUT_DIR;

try {
  const manifest = buildVoiceData(outDir);
  const gz = (name: string): number => gzipSync(readFileSync(join(outDir, name)), { level: 9 }).byteLength;
  console.log(`Built-in voice (${manifest.package}), Vietnamese only → ${outDir}`);
  for (const file of manifest.files) console.log(`  ${file.path.padEnd(26)} ${file.bytes.toLocaleString('en-US').padStart(9)} B`);
  console.log(`  ${VOICE_DATA.padEnd(26)} ${manifest.dataBytes.toLocaleString('en-US').padStart(9)} B (gzip ${gz(VOICE_DATA).toLocaleString('en-US')} B)`);
  console.log(`  ${VOICE_JS.padEnd(26)} ${manifest.jsBytes.toLocaleString('en-US').padStart(9)} B (gzip ${gz(VOICE_JS).toLocaleString('en-US')} B)`);
} catch (error) {
  console.error(`voice-data: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
