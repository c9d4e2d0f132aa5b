// Before the tests: the Outlook pane's browser tests drive Debian's Chromium, and the manifest is
// validated with xmllint. When either is missing and this runs as root on Debian, install them
// (apt-get); otherwise say how.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(path) || !existsSync('/usr/bin/xmllint')) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root && existsSync('/usr/bin/apt-get')) {
    console.log('Installing Chromium and xmllint from Debian for the browser and manifest tests…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'libxml2-utils'], { stdio: 'inherit', env });
  } else {
    console.error(
      `The tests need Chromium at ${path} and xmllint: install Debian's "chromium" and "libxml2-utils" packages (or set CHROMIUM_PATH).`,
    );
    process.exit(1);
  }
}
