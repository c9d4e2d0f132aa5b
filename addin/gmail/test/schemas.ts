import Ajv, { type ValidateFunction } from 'ajv';
import { protoSchema } from './proto-schema';

const ajv = new Ajv({ allErrors: true, strict: false });
ajv.addSchema(protoSchema('google.apps.card.v1.Card'), 'card');

/** The strict `google.apps.card.v1.Card` schema, generated from card.proto. */
export const validateCard = ajv.compile({ $ref: 'card' });

/**
 * The strict gsuiteaddons `Deployment` schema, generated from gsuiteaddons.proto, with the one
 * field the published protos predate: `httpOptions.granularOauthPermissionSupport`, from Google's
 * REST reference (https://developers.google.com/workspace/add-ons/reference/rest/v1/projects.deployments#httpoptions),
 * which every HTTP add-on must set since December 2025. Nothing else is added or relaxed.
 */
export const deploymentSchema = (() => {
  const schema = protoSchema('google.cloud.gsuiteaddons.v1.Deployment');
  const httpOptions = schema.definitions['google.apps.script.type.HttpOptions'] as {
    properties: Record<string, unknown>;
  };
  if ('granularOauthPermissionSupport' in httpOptions.properties)
    throw new Error('gsuiteaddons.proto now has granularOauthPermissionSupport: drop the addition in schemas.ts.');
  const granular = 'google.apps.script.type.GranularOauthPermissionSupport';
  schema.definitions[granular] = {
    type: 'string',
    enum: ['GRANULAR_OAUTH_PERMISSION_SUPPORT_UNSPECIFIED', 'OPT_IN', 'OPT_OUT'],
  };
  httpOptions.properties.granularOauthPermissionSupport = { $ref: `#/definitions/${granular}` };
  httpOptions.properties.granular_oauth_permission_support = { $ref: `#/definitions/${granular}` };
  return schema;
})();

/** Validates a whole deployment file against {@link deploymentSchema}. */
export const validateDeployment = ajv.compile(deploymentSchema);

const action = {
  type: 'object',
  additionalProperties: false,
  required: ['navigations'],
  properties: {
    navigations: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        minProperties: 1,
        maxProperties: 1,
        properties: { pushCard: { $ref: 'card' }, updateCard: { $ref: 'card' }, popCard: { type: 'boolean' } },
      },
    },
    notification: {
      type: 'object',
      additionalProperties: false,
      required: ['text'],
      properties: { text: { type: 'string', minLength: 1 } },
    },
  },
};

/**
 * The response envelopes, written from Google's `apps.extensions.markup` reference (there is no
 * official machine-readable schema): a pushed card, an updated card, a draft update, or a
 * request for scopes. Cards inside are checked against the strict card schema.
 */
export const validateResponse: ValidateFunction = ajv.compile({
  oneOf: [
    { type: 'object', additionalProperties: false, required: ['action'], properties: { action } },
    {
      type: 'object',
      additionalProperties: false,
      required: ['renderActions'],
      properties: {
        renderActions: {
          type: 'object',
          additionalProperties: false,
          minProperties: 1,
          maxProperties: 1,
          properties: {
            action,
            hostAppAction: {
              type: 'object',
              additionalProperties: false,
              required: ['gmailAction'],
              properties: {
                gmailAction: {
                  type: 'object',
                  additionalProperties: false,
                  required: ['updateDraftActionMarkup'],
                  properties: {
                    updateDraftActionMarkup: {
                      type: 'object',
                      additionalProperties: false,
                      minProperties: 1,
                      properties: {
                        updateBody: {
                          type: 'object',
                          additionalProperties: false,
                          required: ['insertContents', 'type'],
                          properties: {
                            insertContents: {
                              type: 'array',
                              minItems: 1,
                              items: {
                                type: 'object',
                                additionalProperties: false,
                                required: ['content', 'contentType'],
                                properties: {
                                  content: { type: 'string' },
                                  contentType: { enum: ['TEXT', 'MUTABLE_HTML', 'IMMUTABLE_HTML'] },
                                },
                              },
                            },
                            type: { enum: ['IN_PLACE_INSERT', 'INSERT_AT_START', 'INSERT_AT_END'] },
                          },
                        },
                        updateSubject: {
                          type: 'object',
                          additionalProperties: false,
                          required: ['subject'],
                          properties: { subject: { type: 'string' } },
                        },
                        updateToRecipients: {
                          type: 'object',
                          additionalProperties: false,
                          required: ['toRecipients'],
                          properties: {
                            toRecipients: {
                              type: 'array',
                              items: {
                                type: 'object',
                                additionalProperties: false,
                                required: ['email'],
                                properties: { email: { type: 'string', minLength: 3 } },
                              },
                            },
                          },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
    {
      type: 'object',
      additionalProperties: false,
      required: ['requesting_google_scopes'],
      properties: {
        requesting_google_scopes: {
          type: 'object',
          additionalProperties: false,
          required: ['all_scopes'],
          properties: { all_scopes: { const: true } },
        },
      },
    },
  ],
});

/** ajv's errors as one readable string. */
export function errorsOf(validate: ValidateFunction): string {
  return (validate.errors ?? [])
    .map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`)
    .join('\n');
}
