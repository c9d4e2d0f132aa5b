// The add-on's own server (`node dist/main.js`, what `start` and the deploy folder run): checks
// the environment, naming every problem at once; opens the profile store; serves on HOST:PORT;
// prints one line once it listens; on SIGTERM or SIGINT finishes the open requests and closes
// the store, then exits 0.
import { ConfigError, loadConfig } from './config.js';
import { startServer } from './server.js';

try {
  const config = loadConfig(process.env);
  const running = await startServer(config);
  const store = config.databaseUrl === undefined ? `SQLite ${config.profileDb}` : 'PostgreSQL (DATABASE_URL)';
  process.stdout.write(
    `sidedoor add-on listening on ${running.url} for ${config.endpointUrl} (${config.oauthClientId === undefined ? 'details not remembered: no OAUTH_CLIENT_ID' : `details in ${store}`})\n`,
  );
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => {
      void running.close().then(() => process.exit(0));
    });
} catch (error) {
  if (error instanceof ConfigError) {
    process.stderr.write(`sidedoor add-on cannot start:\n  ${error.problems.join('\n  ')}\n`);
  } else {
    process.stderr.write(`sidedoor add-on cannot start: ${error instanceof Error ? error.message : String(error)}\n`);
  }
  process.exit(1);
}
