// What the built-in voice keeps of espeak-ng's data: the files Vietnamese synthesis reads, nothing else.
//
// espeak-ng opens the phoneme tables (phontab, phonindex, phondata), the intonation tunes, the language's
// dictionary and its language definitions. Without en_dict, words the Vietnamese rules cannot read are no longer
// handed to English (which the all-languages package does for "ASEAN", "USD"): the speech normaliser spells such
// words with Vietnamese letter names before they reach the engine. voices/ holds variants (voices/!v) and MBROLA
// definitions (voices/mb), neither used by the three Vietnamese voices, so it is not kept.

/** Where the package mounts its data in the module's virtual file system. */
export const ESPEAK_DATA_ROOT = '/usr/share/espeak-ng-data/';

/** True for the files Vietnamese synthesis needs, by path relative to ESPEAK_DATA_ROOT. */
export function isVietnameseVoiceFile(path: string): boolean {
  if (['phontab', 'phonindex', 'phondata', 'intonations', 'vi_dict'].includes(path)) return true;
  // lang/aav/vi, lang/aav/vi-VN-x-central, lang/aav/vi-VN-x-south: the voices set_voice accepts.
  return path.startsWith('lang/aav/vi');
}

export interface ExpectedFile {
  readonly path: string;
  readonly bytes: number;
}

/**
 * The exact files and sizes of @echogarden/espeak-ng-emscripten 0.3.5 that the selection above keeps. The build
 * compares against this list and stops on any difference, so a package update that moves or resizes a file is
 * noticed (and this list updated on purpose) instead of shipping something unchecked.
 */
export const EXPECTED_VIETNAMESE_FILES: readonly ExpectedFile[] = [
  { path: 'intonations', bytes: 2_312 },
  { path: 'lang/aav/vi', bytes: 111 },
  { path: 'lang/aav/vi-VN-x-central', bytes: 143 },
  { path: 'lang/aav/vi-VN-x-south', bytes: 142 },
  { path: 'phondata', bytes: 554_740 },
  { path: 'phonindex', bytes: 43_316 },
  { path: 'phontab', bytes: 58_652 },
  { path: 'vi_dict', bytes: 52_608 },
];

/** 712,024 bytes. */
export const EXPECTED_VIETNAMESE_BYTES = EXPECTED_VIETNAMESE_FILES.reduce((sum, file) => sum + file.bytes, 0);

/** The package version the list above was measured on. */
export const ESPEAK_PACKAGE = '@echogarden/espeak-ng-emscripten';
export const ESPEAK_PACKAGE_VERSION = '0.3.5';
