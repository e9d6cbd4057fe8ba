// Public entry point of the pure core: no browser API, no document/window globals.
// Content, background, popup and options import core only through this file.
export * from './text/index';
export * from './acronyms/index';
export * from './summary/index';
export * from './article/index';
export * from './speech/index';
