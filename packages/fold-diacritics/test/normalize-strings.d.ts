// normalize-strings ships no types: the call syllable makes, with the optional table it also takes.
declare module 'normalize-strings' {
  export default function normalize(value: string, charmap?: Record<number, string>): string;
}
