import { analyze, Region } from '../../src/checks/analyze';

describe('analyze', () => {
  test('should find greeting, signature, quoted reply and links', () => {
    const text =
      'Hi Sam,\n\nSee https://acme.example/x and mail me at a@b.example today.\n\nBest regards,\nAlex\n\nOn Mon, Sam wrote:\n> old';
    const a = analyze(text);
    expect(a.greeting).toMatchObject({ name: 'sam' });
    expect(text.slice(a.signature!.start, a.signature!.end)).toBe('Best regards,\nAlex');
    expect(text.slice(a.quoted!.start)).toBe('On Mon, Sam wrote:\n> old');
    expect(a.links.map((l) => text.slice(l.start, l.end))).toEqual(['https://acme.example/x', 'a@b.example']);
    expect(a.tokens.filter((t) => t.region === Region.Body).map((t) => t.lower)).toEqual([
      'see',
      'and',
      'mail',
      'me',
      'at',
      'today',
    ]);
  });

  test('should take the greeting up to the comma when the sentence goes on', () => {
    const a = analyze('Hi Sam, this is Alex at 415 555 0134.');
    expect(a.greeting).toMatchObject({ start: 0, end: 7, name: 'sam' });
    expect(a.tokens.find((t) => t.lower === 'this')!.region).toBe(Region.Body);
  });

  test('should find a forwardable blurb between separator lines, with its own greeting and signature', () => {
    const text =
      'Hi Dana,\n\nAsk.\n\nThanks,\nAlex\n\n--- Note to forward ---\nHi Sam,\n\nNote body.\n\nBest,\nAlex\n--- End ---\n';
    const a = analyze(text);
    expect(a.blurb!.greeting).toMatchObject({ name: 'sam' });
    expect(a.tokens.filter((t) => t.region === Region.BlurbBody).map((t) => t.lower)).toEqual(['note', 'body']);
    expect(a.sentences.map((s) => s.blurb)).toEqual([false, true]);
  });

  test('should keep numbers, currency and percentages whole', () => {
    const a = analyze('We saved $2.5M and 40% in 3,000 hours.');
    expect(a.tokens.map((t) => t.lower)).toEqual(['we', 'saved', '2.5m', 'and', '40%', 'in', '3,000', 'hours']);
  });

  test('should end sentences at list items and blank lines', () => {
    const a = analyze('Results\n- one\n- two\n\nLast line');
    expect(a.sentences).toHaveLength(4);
    expect(a.paragraphs).toHaveLength(4);
  });

  test('should join hard-wrapped lines into one sentence', () => {
    expect(analyze('This sentence is wrapped\nat seventy two characters.').sentences).toHaveLength(1);
  });

  test('should treat CRLF like LF', () => {
    const a = analyze('Hi Sam,\r\n\r\nBody.\r\n\r\nBest,\r\nAlex');
    expect(a.signature).toBeDefined();
    expect(a.tokens.filter((t) => t.region === Region.Body)).toHaveLength(1);
  });
});
