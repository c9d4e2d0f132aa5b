import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';

/** Google's schemas, prepared for offline use in ../shared/validators beside the project. */
const dir = join(__dirname, '..', '..', '..', '..', 'shared', 'validators', 'google', 'schemas');

function load(file: string): Record<string, unknown> {
  const path = join(dir, file);
  if (!existsSync(path))
    throw new Error(`Google's schemas are missing: expected ${path} (shared/validators beside the project).`);
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

const ajv = new Ajv({ allErrors: true, strict: false });
const cardSchema = load('google.apps.card.v1.Card.strict.schema.json');
const discoveryCardSchema = load('GoogleAppsCardV1Card.strict.schema.json');
ajv.addSchema(cardSchema, 'card');

/** The strict `google.apps.card.v1.Card` schemas (proto-derived, and discovery-derived). */
export const validateCard = ajv.compile({ $ref: 'card' });
export const validateDiscoveryCard = ajv.compile(discoveryCardSchema);

const deploymentSchema = load('google.cloud.gsuiteaddons.v1.Deployment.strict.schema.json');

/** The strict gsuiteaddons `Deployment` schema, as generated. */
export const validateDeployment = ajv.compile(deploymentSchema);

/**
 * The same schema with the one field it predates: `httpOptions.granularOauthPermissionSupport`
 * (`OPT_IN`), which Google's current HTTP add-on guides require. The generated proto
 * (googleapis@f8291d2b) has no such field yet; nothing else is relaxed.
 */
export const validateDeploymentWithGranularConsent = (() => {
  const schema = structuredClone(deploymentSchema) as {
    $id: string;
    definitions: Record<string, { properties: Record<string, unknown> }>;
  };
  schema.$id = `${schema.$id}:granular-consent`;
  schema.definitions['google.apps.script.type.HttpOptions']!.properties.granularOauthPermissionSupport = {
    enum: ['OPT_IN', 'OPT_OUT'],
  };
  return ajv.compile(schema);
})();

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
