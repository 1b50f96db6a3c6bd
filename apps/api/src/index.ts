// The public API of the server package: what tests and the start script use.
export { createApp, API_VERSION, MAX_BODY_BYTES } from "./app.js";
export type { AppDeps, AppEnv } from "./http/app-env.js";
export { loadSettings, SettingsError, API_PACKAGE_DIR, LOG_LEVELS } from "./settings.js";
export type { Settings, LogLevel, DatabaseTarget } from "./settings.js";
export { createLogger } from "./log.js";
export type { Logger, LogFields } from "./log.js";
export { connectDatabase } from "./db/connect.js";
export type { Db } from "./db/connect.js";
export { migrateToLatest } from "./db/migrate.js";
export { seedDemoDataIfEmpty, DEMO_PASSWORD, DEMO_USERS, DEMO_PATIENTS } from "./db/demo-data.js";
export { startServer } from "./start.js";
export type { RunningServer } from "./start.js";
export { ROUTE_POLICY, routeKey } from "./auth/route-policy.js";
export type { RouteAccess } from "./auth/route-policy.js";
export { routesWithoutPolicy, isApiRoutePattern } from "./auth/authorize.js";
