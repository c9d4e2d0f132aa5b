// What the pane's router (main.ts, built as taskpane.js) and its mode modules (modes/*.ts, each
// built apart into dist/modes/) agree on. Types only, so the router carries none of the modules.

/** The pane's modes, as the manifests and the nav name them (`taskpane.html?mode=…`). */
export type ModeName = 'pitch' | 'intro' | 'check' | 'read';

/** What the router hands a mode module once office.js is ready. */
export interface MountOptions {
  /** The pane's main element, empty. */
  root: HTMLElement;
  /** Inside Outlook with a message open; otherwise the pane is a standalone page. */
  inOutlook: boolean;
  /** Each live update's duration in milliseconds is pushed here (the browser tests read it). */
  timings: number[];
  /** Each stand-in preview's drawing time, while a draft's fields are missing (the bench reads it). */
  previewTimings: number[];
}

/** What every mode module (dist/modes/<name>.js) exports. */
export interface ModeModule {
  /** Builds the mode's view into `options.root` and wires it. */
  mount(options: MountOptions): void;
}
