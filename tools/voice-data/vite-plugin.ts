// The built-in voice in the extension build: a Vite plugin that runs the checked repack (trim.ts) once per build,
// serves the trimmed loader as a virtual module, and emits the Vietnamese-only data as a file of the extension.
//
//   vite.config.ts:  plugins: [voiceDataPlugin(), …]
//   the Worker:      import createModule from 'virtual:dedoc/espeak-vi';
//                    const data = await (await fetch(VOICE_DATA_URL_PATH)).arrayBuffer();
//                    const voice = await BuiltinSynthesizer.load({ createModule, data, expectedBytes: VOICE_DATA_BYTES });
//
// Nothing generated is committed: the loader and the data exist only in the build output.
import type { Plugin } from 'vite';
import { trimInstalledPackage } from './build';
import type { TrimmedVoicePackage } from './trim';
import { EXPECTED_VIETNAMESE_BYTES } from './vietnamese';

export const VOICE_MODULE_ID = 'virtual:dedoc/espeak-vi';
/** Where the data lands in the extension, relative to its root (fetch it as "/voice/espeak-ng-vi.data"). */
export const VOICE_DATA_FILE = 'voice/espeak-ng-vi.data';
export const VOICE_DATA_BYTES = EXPECTED_VIETNAMESE_BYTES;

const RESOLVED_ID = `\0${VOICE_MODULE_ID}`;

/** `trim` is for tests, which repack once and share the result; the build uses the installed package. */
export function voiceDataPlugin(options: { trim?: () => TrimmedVoicePackage } = {}): Plugin {
  let trimmed: TrimmedVoicePackage | undefined;
  const get = (): TrimmedVoicePackage => {
    // Throws (and so fails the build) when the package is not exactly what tools/voice-data/vietnamese.ts lists.
    trimmed ??= (options.trim ?? trimInstalledPackage)();
    return trimmed;
  };
  return {
    name: 'dedoc-voice-data',
    resolveId(id) {
      return id === VOICE_MODULE_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      return id === RESOLVED_ID ? get().js : undefined;
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: VOICE_DATA_FILE, source: get().data });
    },
    configureServer(server) {
      // The dev server serves the data at the same path the build emits it to.
      server.middlewares.use(`/${VOICE_DATA_FILE}`, (_req, res) => {
        res.setHeader('Content-Type', 'application/octet-stream');
        res.end(Buffer.from(get().data));
      });
    },
  };
}
