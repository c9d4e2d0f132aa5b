// What the pane's router (main.ts, built as taskpane.js) and its mode modules (modes/*.ts, each
// built apart into dist/modes/) agree on. Types only, so the router carries none of the modules.
import type { Values } from './form.js';
import type { MailHost } from './host.js';

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

/** What a received letter fills in a draft form, by field name, with the words each value came from. */
export interface LetterFields {
  values: Values;
  evidence: Record<string, string>;
}

/** What read mode's module hands a drafting module's `mountRead` when the user picks a route. */
export interface ReadDraftOptions {
  /** Where the form goes, empty. */
  root: HTMLElement;
  /** The letter's banner with the two routes: the form takes it in, above its first field. */
  banner: HTMLElement;
  /** The read-mode host (absent in a plain browser): "Open as new message" uses it. */
  host: MailHost | undefined;
  /** What the form starts from: the letter's values and what the user typed in the other form. */
  initial: Values;
  /** What the letter filled, shown under each field that still holds it. */
  letter: LetterFields;
  timings?: number[];
}

/** What the form a drafting module mounted for read mode lets read mode ask. */
export interface ReadDraft {
  /** Everything in the form now (carried to the other form on a switch). */
  values(): Values;
}

/**
 * The pitch and intro modules (dist/modes/pitch.js, intro.js): read mode imports one when the user
 * picks a route, so its start-up carries neither builder.
 */
export interface DraftModeModule extends ModeModule {
  /** Mounts the form prefilled from a received letter, with "Open as new message". */
  mountRead(options: ReadDraftOptions): ReadDraft;
}
