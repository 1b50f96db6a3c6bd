import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { secureHeaders } from "hono/secure-headers";
import { config, locales } from "zod/mini";
import { DEFAULT_ASSISTANT_SECTIONS } from "@tpi/schemas";
import { authorize, routesWithoutPolicy } from "./auth/authorize.js";
import { auditTrail } from "./audit/audit-trail.js";
import { DEFAULT_SESSION_IDLE_MINUTES, sessionPolicy } from "./auth/session-store.js";
import { SignInThrottle } from "./auth/sign-in-throttle.js";
import type { AppDeps, AppEnv } from "./http/app-env.js";
import { closeConnectionOnUnreadBody } from "./http/connection-close.js";
import { pathParamGuard } from "./http/path-params.js";
import { forwarded } from "./http/client-address.js";
import { PROBLEM_TYPES, notFound, problem } from "./http/problem.js";
import { requestLog } from "./http/request-log.js";
import { adminAuditRoutes } from "./routes/admin-audit.routes.js";
import { adminPayerProfileRoutes } from "./routes/admin-payer-profiles.routes.js";
import { adminUserRoutes } from "./routes/admin-users.routes.js";
import { codeSetRoutes } from "./routes/code-sets.routes.js";
import { healthRoutes } from "./routes/health.routes.js";
import { icdSearchRoutes } from "./routes/icd-search.routes.js";
import { claimLinesRoutes } from "./exports/claim-lines.routes.js";
import { noteExportRoutes } from "./exports/note-exports.routes.js";
import { noteRoutes } from "./routes/notes.routes.js";
import { noteLifeRoutes } from "./routes/note-life.routes.js";
import { noteSignRoutes } from "./routes/note-sign.routes.js";
import { patientRoutes } from "./routes/patients.routes.js";
import { payerProfileRoutes } from "./routes/payer-profiles.routes.js";
import { physicianRoutes } from "./routes/physicians.routes.js";
import type { RouteDeps } from "./routes/route-deps.js";
import { sessionRoutes } from "./routes/session.routes.js";
import { worklistRoutes } from "./routes/worklists.routes.js";
import { mountWebApp } from "./web/web-app.js";

// The shared schemas are zod/mini, which ships no locale: without this every built-in message in a
// problem+json body would read "Invalid input". The web form shows these English messages too.
config(locales.en());

export const MAX_BODY_BYTES = 1024 * 1024;
export const API_VERSION = "0.1.0";

/** The whole HTTP app, without a socket: server.ts listens, tests listen on port 0. */
export function createApp(deps: AppDeps): Hono<AppEnv> {
  const routeDeps: RouteDeps = {
    db: deps.db,
    logger: deps.logger,
    now: deps.now ?? (() => new Date()),
    version: deps.version ?? API_VERSION,
    signInThrottle: SignInThrottle.forDatabase(deps.db, deps.signInThrottle),
    assistantSections: deps.assistantSections ?? DEFAULT_ASSISTANT_SECTIONS,
    sessionPolicy: sessionPolicy(deps.sessionIdleMinutes ?? DEFAULT_SESSION_IDLE_MINUTES),
  };
  const app = new Hono<AppEnv>();

  // First: who is calling, through a trusted reverse proxy (TRUST_PROXY), for the throttle and the trail.
  app.use("*", forwarded(deps.trustProxy ?? []));
  app.use("*", requestLog(deps.logger));
  // HSTS belongs to whatever terminates TLS in front of us; on the plain-http local set-up it is noise.
  app.use("*", secureHeaders({ strictTransportSecurity: false }));
  // Outermost on /api: any answer that leaves the request body unread says it closes the socket.
  app.use("/api/*", closeConnectionOnUnreadBody());
  app.use("/api/*", async (c, next) => {
    await next();
    // Patient data must not sit in shared or browser caches; routes that are safe to cache say so.
    if (!c.res.headers.has("Cache-Control")) c.header("Cache-Control", "no-store");
  });
  // Before everything that can refuse a request, so refusals (413, 401, 403) are audited too.
  app.use("/api/*", auditTrail({ db: routeDeps.db, logger: routeDeps.logger, now: routeDeps.now }));
  app.use(
    "/api/*",
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => {
        // The rest of the body may still be in flight: close the connection rather than reuse it.
        c.header("Connection", "close");
        return problem(c, {
          type: PROBLEM_TYPES.payloadTooLarge,
          title: "Request body too large",
          status: 413,
          detail: `Bodies are limited to ${MAX_BODY_BYTES} bytes.`,
        });
      },
    }),
  );
  app.use(
    "/api/*",
    authorize({
      db: routeDeps.db,
      now: routeDeps.now,
      logger: deps.logger,
      sessionPolicy: routeDeps.sessionPolicy,
    }),
  );
  // Path ids are bounded like body ids: a value no record can have is 404 before it reaches SQL.
  app.use("/api/*", pathParamGuard());

  app.route("/api/health", healthRoutes(routeDeps));
  app.route("/api/session", sessionRoutes(routeDeps));
  app.route("/api/patients", patientRoutes(routeDeps));
  app.route("/api/notes", noteRoutes(routeDeps));
  app.route("/api/notes", noteSignRoutes(routeDeps));
  app.route("/api/notes", noteLifeRoutes(routeDeps));
  app.route("/api/notes", noteExportRoutes(routeDeps));
  app.route("/api/exports", claimLinesRoutes(routeDeps));
  app.route("/api/worklists", worklistRoutes(routeDeps));
  app.route("/api/physicians", physicianRoutes(routeDeps));
  app.route("/api/code-sets", codeSetRoutes());
  app.route("/api/icd10cm", icdSearchRoutes());
  app.route("/api/payer-profiles", payerProfileRoutes(routeDeps));
  app.route("/api/admin/users", adminUserRoutes(routeDeps));
  app.route("/api/admin/audit", adminAuditRoutes(routeDeps));
  app.route("/api/admin/payer-profiles", adminPayerProfileRoutes(routeDeps));

  app.all("/api/*", (c) => notFound(c, "No such API route."));

  // Fail closed at start-up too: a route nobody wrote an access rule for must not ship.
  const unguarded = routesWithoutPolicy(app.routes);
  if (unguarded.length > 0) {
    throw new Error(
      `Routes without a row in ROUTE_POLICY (auth/route-policy.ts): ${unguarded.join(", ")}`,
    );
  }

  if (deps.webDist !== undefined) {
    const mounted = mountWebApp(app, deps.webDist);
    if (!mounted) {
      deps.logger.info("web-app.not-built", { hint: "run pnpm --filter @tpi/web build" });
    }
  }

  app.notFound((c) => notFound(c, "Nothing here."));
  app.onError((error, c) => {
    // Only real bugs reach here: expected failures are answered as problems by the routes.
    deps.logger.error("unhandled-error", {
      route: c.req.routePath,
      method: c.req.method,
      error: error.name,
      message: error.message,
      stack: error.stack,
    });
    return problem(c, {
      type: PROBLEM_TYPES.internal,
      title: "Internal server error",
      status: 500,
      detail: "Something went wrong on our side; the request was not completed.",
    });
  });

  return app;
}
