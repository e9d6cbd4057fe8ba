// Public entry point of the pure core: no browser API, no document/window globals.
// Feature code imports core only through this file.
export {};
