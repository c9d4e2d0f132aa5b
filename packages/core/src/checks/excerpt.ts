/** The words of `[start, end)` of `text` as a finding quotes them (`excerpt`): at most 80 characters, then "…". */
export function excerptOf(text: string, start: number, end: number): string {
  const words = text.slice(start, Math.min(end, start + 80));
  return end - start > 80 ? `${words}…` : words;
}
