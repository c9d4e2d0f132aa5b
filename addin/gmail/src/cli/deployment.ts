// Prints deployment.json for the configured endpoint (ENDPOINT_URL; ADDON_NAME and LOGO_URL optional):
// ENDPOINT_URL=… npm --prefix addin/gmail run --silent deployment > deployment.json
import { ConfigError, loadConfig } from '../config.js';
import { buildDeployment } from '../deployment.js';

try {
  const config = loadConfig({ SERVICE_ACCOUNT_EMAIL: 'unused@example.com', ...process.env });
  process.stdout.write(`${JSON.stringify(buildDeployment(config), null, 2)}\n`);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`${error.problems.join('\n')}\n`);
  process.exitCode = 1;
}
