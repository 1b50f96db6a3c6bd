import { existsSync } from "node:fs";
import { join, sep } from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import type { Context, Hono } from "hono";
import { except } from "hono/combine";
import { compress } from "hono/compress";
import type { AppEnv } from "../http/app-env.js";

const isApiPath = (c: Context) => c.req.path === "/api" || c.req.path.startsWith("/api/");
/** /assets/app-1a2b.js or /favicon.ico: a missing file is a 404, not the app shell. */
const looksLikeFile = (path: string) => (path.split("/").pop() ?? "").includes(".");

/**
 * Serves the Vite build: files as they are, and index.html for any other GET that is not an /api
 * route and does not look like a file, so client-side routes survive a reload.
 * Vite puts content-hashed files under /assets/; they never change and are cached for a year.
 * index.html is revalidated every time so a new deploy is picked up at once.
 * Returns false (and mounts nothing) when there is no build yet.
 */
export function mountWebApp(app: Hono<AppEnv>, webDist: string): boolean {
  if (!existsSync(join(webDist, "index.html"))) return false;

  const assetsDir = join(webDist, "assets") + sep;
  const onFound = (path: string, c: Context<AppEnv>) => {
    c.header(
      "Cache-Control",
      path.startsWith(assetsDir) ? "public, max-age=31536000, immutable" : "no-cache",
    );
  };
  const files = serveStatic<AppEnv>({ root: webDist, onFound });
  const indexHtml = serveStatic<AppEnv>({ root: webDist, path: "index.html", onFound });

  // The shell and its chunks go to tablets on clinic Wi-Fi: compress them (Vite writes no .gz files).
  app.use("*", except(isApiPath, compress()));
  app.use("*", except(isApiPath, files));
  app.get(
    "*",
    except((c) => isApiPath(c) || looksLikeFile(c.req.path), indexHtml),
  );
  return true;
}
