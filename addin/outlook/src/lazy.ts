// The pane's on-demand modules: built apart from taskpane.js (scripts/build.mjs) into lazy/ beside
// it, and imported only when the user opens what needs them.
import type * as Contacts from './contacts-view.js';
import type * as Read from './read-view.js';

/** The on-demand modules by name, with their exports. */
export interface LazyModules {
  read: typeof Read;
  contacts: typeof Contacts;
}

/** Loads `lazy/<name>.js`, relative to the pane's own script (so it works from a folder too). */
export function lazy<K extends keyof LazyModules>(name: K): Promise<LazyModules[K]> {
  // Not a literal, so the bundler leaves the import for the browser to resolve at run time.
  const url = `./lazy/${name}.js`;
  return import(url) as Promise<LazyModules[K]>;
}
