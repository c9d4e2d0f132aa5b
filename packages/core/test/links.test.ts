import { safeBuild } from '@sidedoor/core';
import { pitchInput } from './helpers/fixtures';

const withLinkedin = (linkedin: string) =>
  safeBuild('managerPitch', { ...pitchInput, sender: { ...pitchInput.sender, linkedin } });

describe('a link typed without https://', () => {
  test.each([
    ['linkedin.com/in/alexrivera', 'https://linkedin.com/in/alexrivera'],
    ['www.linkedin.com/in/alex-rivera/', 'https://www.linkedin.com/in/alex-rivera/'],
    ['  linkedin.com/in/x  ', 'https://linkedin.com/in/x'],
    ['https://www.linkedin.com/in/x', 'https://www.linkedin.com/in/x'],
  ])('should complete %j to %j', (typed, link) => {
    const result = safeBuild('managerPitch', { ...pitchInput, sender: { ...pitchInput.sender, linkedin: typed } });
    expect(result.ok && result.draft.text).toContain(link);
    expect(result.ok && result.draft.html).toContain(`href="${link}"`);
  });

  test.each(['http://linkedin.com/in/x', 'javascript:alert(1)', 'in/alexrivera', 'linkedin', 'ftp://example.com/x'])(
    'should still refuse %j',
    (typed) => {
      const result = withLinkedin(typed);
      expect(result.ok).toBe(false);
      if (!result.ok)
        expect(result.error.issues).toEqual([
          {
            path: ['sender', 'linkedin'],
            message: expect.stringMatching(/^Expected your linkedin to be an https:\/\/ link/) as string,
          },
        ]);
    },
  );
});
