// pluralize's and syllable's list ship no types here: the calls this test makes.
declare module 'pluralize' {
  export default function pluralize(word: string, count?: number, inclusive?: boolean): string;
}
declare module 'syllable/problematic.js' {
  export const problematic: Record<string, number>;
}
