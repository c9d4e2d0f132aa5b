// The pane's on-demand modules: built apart (scripts/build.mjs) into dist/lazy/, and imported only
// when the user opens what needs them. Today that is the contacts picker.
import type * as Contacts from './contacts-view.js';

/** The on-demand modules by name, with their exports. */
export interface LazyModules {
  contacts: typeof Contacts;
}

/**
 * Loads `lazy/<name>.js`. The path is relative to the module importing it, and this file is
 * bundled only into the mode modules in dist/modes/, so it goes one folder up (and so it works
 * from a folder of a site too).
 */
export function lazy<K extends keyof LazyModules>(name: K): Promise<LazyModules[K]> {
  // Not a literal, so the bundler leaves the import for the browser to resolve at run time.
  const url = `../lazy/${name}.js`;
  return import(url) as Promise<LazyModules[K]>;
}
