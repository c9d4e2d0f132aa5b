// Before the tests: the Outlook pane's browser tests drive Debian's Chromium, the manifest is
// validated with xmllint, and the Gmail add-on's PostgreSQL store is tested against a real
// PostgreSQL server. When one is missing and this runs as root on Debian, install them
// (apt-get); otherwise say how.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const postgres =
  existsSync('/usr/lib/postgresql') &&
  readdirSync('/usr/lib/postgresql').some((v) => existsSync(`/usr/lib/postgresql/${v}/bin/initdb`));
if (!existsSync(path) || !existsSync('/usr/bin/xmllint') || !postgres) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root && existsSync('/usr/bin/apt-get')) {
    console.log(
      'Installing Chromium, xmllint and PostgreSQL from Debian for the browser, manifest and database tests…',
    );
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'libxml2-utils', 'postgresql'], {
      stdio: 'inherit',
      env,
    });
  } else {
    console.error(
      `The tests need Chromium at ${path}, xmllint and PostgreSQL: install Debian's "chromium", "libxml2-utils" and "postgresql" packages (or set CHROMIUM_PATH).`,
    );
    process.exit(1);
  }
}
