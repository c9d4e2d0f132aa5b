// Prints deployment.json for the configured endpoint: pnpm --filter @sidedoor/gmail-addon deployment > deployment.json
import { ConfigError, loadConfig } from '../config.js';
import { buildDeployment } from '../deployment.js';

try {
  const config = loadConfig({ SERVICE_ACCOUNT_EMAIL: 'unused@example.com', OAUTH_CLIENT_ID: 'unused', ...process.env });
  process.stdout.write(`${JSON.stringify(buildDeployment(config), null, 2)}\n`);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 1;
}
