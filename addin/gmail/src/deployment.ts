import type { Config } from './config.js';
import { messageScope, requiredScopes } from './handler.js';

/**
 * The `deployment.json` for `gcloud workspace-add-ons deployments create`: one compose action, one
 * contextual trigger on every opened message (Gmail's only kind, `unconditional`), every function
 * at the one endpoint URL, the scopes, and HTTP options with Google's system ID token and granular
 * consent.
 */
export function buildDeployment(config: Pick<Config, 'endpointUrl' | 'name' | 'logoUrl'>) {
  return {
    oauthScopes: [...requiredScopes, messageScope],
    addOns: {
      common: { name: config.name, logoUrl: config.logoUrl, layoutProperties: { primaryColor: '#1a73e8' } },
      gmail: {
        composeTrigger: {
          actions: [{ runFunction: config.endpointUrl, label: 'Draft manager pitch', logoUrl: config.logoUrl }],
          draftAccess: 'METADATA',
        },
        contextualTriggers: [{ unconditional: {}, onTriggerFunction: config.endpointUrl }],
      },
      httpOptions: { authorizationHeader: 'SYSTEM_ID_TOKEN', granularOauthPermissionSupport: 'OPT_IN' },
    },
  };
}
