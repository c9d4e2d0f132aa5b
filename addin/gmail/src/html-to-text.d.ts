// The part of html-to-text 10's API the add-on uses (the package ships no types).
declare module 'html-to-text' {
  /** A rule for the elements a selector matches. */
  export interface SelectorDefinition {
    selector: string;
    format?: string;
    options?: Record<string, unknown>;
  }
  /** Options of `convert`. */
  export interface HtmlToTextOptions {
    wordwrap?: number | false | null;
    selectors?: SelectorDefinition[];
  }
  /** Turns HTML into plain text. */
  export function convert(html: string, options?: HtmlToTextOptions): string;
}
