// Everything the add-on is made of, for programs that assemble it themselves (the bench).
export { createHandler, routes, requiredScopes, messageScope } from './handler.js';
export type { HandlerDeps, Route, RouteContext } from './handler.js';
export { buildDeployment } from './deployment.js';
export { loadConfig, ConfigError, variables } from './config.js';
export type { Config } from './config.js';
export { openStore, SqliteProfileStore } from './store.js';
export type { Profile, ProfileStore } from './store.js';
export { PostgresProfileStore } from './postgres.js';
export { startServer } from './server.js';
export { keepBodiesFromFramework } from './framework.js';
export { Verifier } from './verify.js';
