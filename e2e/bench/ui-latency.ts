/**
 * UI latency bench (run with `pnpm --filter @tpi/e2e bench`). Builds the web app, starts the real API on a
 * free port with a temp SQLite file, drives Debian's Chromium headless, then stops everything:
 *
 *  1. input-to-panel latency on a 10-muscle note: ≥ 200 changes (volumes typed, rows removed and added),
 *     each timed inside the page from the input event's timestamp to the code panel's DOM showing a
 *     different result (MutationObserver), so no Playwright round trip is included; reported overall
 *     and per kind of change (BENCH_CPU_PROFILE=file.cpuprofile also records a Chrome CPU profile of
 *     this part, on an unminified build);
 *  2. user actions to complete case study 2 from an empty note (and from a favourite, if the editor has one),
 *     counted in the page from trusted events, beside the characters of the same note as prose (what
 *     typing it as free text would take at the least);
 *  3. the gzipped JavaScript the browser loads to render /notes/:id;
 *  4. opening a note cold (a fresh browser profile: nothing cached) with the CPU throttled 4x through
 *     the DevTools protocol, as on a clinic tablet: navigation to the code panel showing the note's
 *     codes, p50 of 5, and the longest main-thread task meanwhile; then a warm open (cached) beside it.
 *
 * A watchdog ends the run (and the server) after 300 s whatever happens.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { chromium, type Browser, type Page } from "@playwright/test";
import { CASE_2_SHOULDER_GIRDLE } from "@tpi/fixtures";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../tests/chromium";
import { enterNote } from "../tests/note-entry";
import { DEMO_PASSWORD, startBlankIfAsked } from "../tests/support";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const CHANGES_TARGET = 200;
const P95_TARGET_MS = 16;
const COLD_OPEN_TARGET_MS = 1000;
const LONG_TASK_TARGET_MS = 200;
const OPEN_RUNS = 5;
const CPU_THROTTLE = 4;
/** Where to write a Chrome CPU profile of the latency run (open it in Chrome DevTools), if anywhere. */
const CPU_PROFILE = process.env.BENCH_CPU_PROFILE;

/** Ten distinct muscles, as a clinician would type them. */
const TEN_MUSCLES = [
  "utr",
  "QL",
  "infra",
  "teres min",
  "rhomboid maj",
  "lev scap",
  "supraspinatus",
  "glut med",
  "piriformis",
  "SCM",
];

let server: ChildProcess | undefined;
let browser: Browser | undefined;
const db = join(tmpdir(), `tpi-note-bench-${process.pid}.sqlite`);

function cleanup(): void {
  if (server?.pid) {
    try {
      process.kill(-server.pid, "SIGTERM"); // the whole group: pnpm, tsx and node
    } catch {
      // already gone
    }
  }
  for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
}

const watchdog = setTimeout(() => {
  console.error("bench: watchdog fired after 300 s; stopping");
  void browser?.close().catch(() => undefined);
  cleanup();
  process.exit(2);
}, 300_000);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const address = s.address();
      const port = typeof address === "object" && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

async function waitForHealth(base: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      const r = await fetch(`${base}/api/health`);
      if (r.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the API did not answer ${base}/api/health within ${ms} ms`);
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)] ?? Number.NaN;
}

async function signIn(page: Page): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill("physician@demo.tpi");
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  // Each role opens to its worklist; the bench works from the patient list.
  await page.waitForURL((url) => url.pathname !== "/sign-in");
  await page.goto("/patients");
  await page.getByRole("heading", { level: 1, name: "Patients" }).waitFor();
}

async function newNote(page: Page, patient: string): Promise<string> {
  await page.getByRole("link", { name: "Patients", exact: true }).first().click();
  await page.getByRole("link", { name: new RegExp(patient) }).click();
  await page.getByRole("link", { name: "New TPI note" }).click();
  await startBlankIfAsked(page);
  await page.getByTestId("code-panel-summary").waitFor({ timeout: 60_000 });
  return page.url();
}

// In-page scripts are strings: tsx (esbuild keepNames) would wrap named functions in a __name helper
// that does not exist in the page.

/** Counts trusted user events in the page: clicks, key presses, fields filled by typing, list picks. */
const ACTION_COUNTER = `(() => {
  const c = { clicks: 0, keys: 0, typedFields: 0, typedChars: 0, picks: 0, lastKey: 0 };
  window.__actions = c;
  document.addEventListener("click", (e) => {
    if (e.isTrusted && !(e.target instanceof HTMLSelectElement)) c.clicks++;
  }, true);
  document.addEventListener("keydown", (e) => {
    if (e.isTrusted) { c.keys++; c.lastKey = performance.now(); }
  }, true);
  document.addEventListener("input", (e) => {
    const t = e.target;
    if (t instanceof HTMLSelectElement) return;
    if (t instanceof HTMLInputElement && (t.type === "checkbox" || t.type === "radio")) return;
    // A field filled in one go (no key press just before) counts once, however long the text.
    if (performance.now() - c.lastKey > 50) {
      c.typedFields++;
      // What typing that field's text would take, for the comparison with free text.
      c.typedChars += "value" in t ? String(t.value).length : 0;
    }
  }, true);
  document.addEventListener("change", (e) => {
    if (e.target instanceof HTMLSelectElement) c.picks++;
  }, true);
})()`;

async function startActionCounter(page: Page): Promise<void> {
  await page.evaluate(ACTION_COUNTER);
}

async function readActions(page: Page) {
  return page.evaluate(() => {
    const c = (window as unknown as { __actions: Record<string, number> }).__actions;
    return {
      clicks: c.clicks ?? 0,
      keys: c.keys ?? 0,
      typedFields: c.typedFields ?? 0,
      typedChars: c.typedChars ?? 0,
      picks: c.picks ?? 0,
    };
  });
}

/** The in-page timer: input event timestamp → code panel text differs from before the change. */
const LATENCY_PROBE = `(() => {
  const aside = document.querySelector('aside[aria-label="Codes"]');
  if (!aside) throw new Error("no code panel");
  const b = { samples: [], armed: false, start: 0, before: "" };
  window.__bench = b;
  new MutationObserver(() => {
    if (!b.armed || b.start === 0) return;
    if (aside.textContent === b.before) return;
    b.samples.push(performance.now() - b.start);
    b.armed = false;
    b.start = 0;
  }).observe(aside, { subtree: true, childList: true, characterData: true, attributes: true });
  const onEvent = (e) => { if (b.armed && b.start === 0) b.start = e.timeStamp; };
  document.addEventListener("input", onEvent, true);
  document.addEventListener("click", onEvent, true);
  document.addEventListener("keydown", (e) => { if (e.key === "Enter") onEvent(e); }, true);
})()`;

async function installLatencyProbe(page: Page): Promise<void> {
  await page.evaluate(LATENCY_PROBE);
}

/** Arms the probe, performs one change, waits until it was measured; returns false if nothing changed. */
async function measured(page: Page, change: () => Promise<void>): Promise<boolean> {
  const n = await page.evaluate(() => {
    const b = (
      window as unknown as {
        __bench: { samples: number[]; armed: boolean; start: number; before: string };
      }
    ).__bench;
    b.before = document.querySelector('aside[aria-label="Codes"]')?.textContent ?? "";
    b.start = 0;
    b.armed = true;
    return b.samples.length;
  });
  await change();
  try {
    await page.waitForFunction(
      (k) => (window as unknown as { __bench: { samples: number[] } }).__bench.samples.length > k,
      n,
      { timeout: 5_000 },
    );
    return true;
  } catch {
    return false;
  }
}

type ChangeKind = "volume keystroke" | "row removed" | "row added";

async function latency(
  page: Page,
): Promise<{ samples: number[]; kinds: ChangeKind[]; missed: number; rows: number }> {
  await newNote(page, "Testpatient, Avery");
  // Side "Right" once, so Enter in the muscle box adds the row directly.
  await page.getByRole("radio", { name: "Right" }).check();
  const adder = page.getByRole("combobox", { name: "Add muscle" });
  const rows = page.getByRole("list", { name: "Muscles injected" }).getByRole("listitem");
  const add = async (typed: string) => {
    await adder.pressSequentially(typed);
    await page.getByRole("listbox", { name: "Add muscle" }).getByRole("option").first().waitFor();
  };
  for (const [i, typed] of TEN_MUSCLES.entries()) {
    await add(typed);
    await adder.press("Enter");
    await rows.nth(i).waitFor();
    if (i === 0) {
      await rows.first().getByRole("button", { name: "Add injectate", exact: true }).click();
      await rows.first().getByLabel("Volume").fill("2");
    } else {
      // Each later row takes the row above's injectate by the user's explicit choice.
      await rows
        .nth(i)
        .getByRole("button", { name: /^Same injectate as row / })
        .click();
    }
  }
  const rowCount = await rows.count();
  await page.getByTestId("claim-line-20553").waitFor();
  await installLatencyProbe(page);
  const profiler = CPU_PROFILE ? await startProfiler(page) : null;

  let missed = 0;
  // The kind of each measured change, in the order of the samples, for the per-kind figures.
  const kinds: ChangeKind[] = [];
  const volume = (k: number) => page.locator(`#f-procedure-muscles-${k}-injectates-0-volumeMl`);
  // Each row's volume flips between 3 and 4 mL, so every keystroke changes the lidocaine total.
  const volumes: number[] = Array.from({ length: rowCount }, () => 2);
  let done = 0;
  while (done < CHANGES_TARGET) {
    // Ten volume keystrokes (each changes the lidocaine total the panel shows)...
    for (let k = 0; k < rowCount && done < CHANGES_TARGET; k++) {
      await volume(k).focus();
      await page.keyboard.press("ControlOrMeta+a");
      const next = volumes[k] === 3 ? 4 : 3;
      volumes[k] = next;
      const ok = await measured(page, () => page.keyboard.type(String(next)));
      if (ok) {
        done++;
        kinds.push("volume keystroke");
      } else missed++;
    }
    // ...then remove the last row and add it back (two changes).
    const last = rows.nth(rowCount - 1);
    const ok1 = await measured(page, () =>
      last.getByRole("button", { name: /^Remove Right / }).click(),
    );
    if (ok1) kinds.push("row removed");
    await add(TEN_MUSCLES[rowCount - 1] ?? "SCM");
    const ok2 = await measured(page, () => adder.press("Enter"));
    if (ok2) kinds.push("row added");
    await rows.nth(rowCount - 1).waitFor();
    // The row added back takes the injectate of the row above it, by the user's choice.
    await rows
      .nth(rowCount - 1)
      .getByRole("button", { name: /^Same injectate as row / })
      .click();
    volumes[rowCount - 1] = volumes[rowCount - 2] ?? 2;
    done += Number(ok1) + Number(ok2);
    missed += Number(!ok1) + Number(!ok2);
    if (missed > 20) throw new Error(`${missed} changes never reached the panel`);
  }
  const samples = await page.evaluate(
    () => (window as unknown as { __bench: { samples: number[] } }).__bench.samples,
  );
  if (profiler && CPU_PROFILE) await profiler.stopTo(CPU_PROFILE);
  return { samples, kinds, missed, rows: rowCount };
}

async function startProfiler(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
  await cdp.send("Profiler.start");
  return {
    async stopTo(file: string) {
      const { profile } = await cdp.send("Profiler.stop");
      writeFileSync(file, JSON.stringify(profile));
      console.log(`bench: CPU profile of the latency run written to ${file}`);
    },
  };
}

async function caseStudy2Actions(page: Page) {
  await newNote(page, "Fictional, Morgan");
  await startActionCounter(page);
  const { diagnosesEntered } = await enterNote(page, CASE_2_SHOULDER_GIRDLE.note);
  const actions = await readActions(page);
  await page.getByTestId("claim-line-20553").waitFor();
  // The same note as free text: the prose the narrative preview prints from it, headings left out.
  const freeTextChars = await page
    .getByTestId("narrative-preview")
    .locator(".narrative-section p")
    .evaluateAll((ps) => ps.reduce((n, p) => n + (p.textContent ?? "").length, 0));
  return { actions, diagnosesEntered, freeTextChars };
}

const CASE_2_FAVOURITE = /^Right shoulder girdle \(infraspinatus, teres minor, rhomboid major\)/;

/**
 * The same note starting from the matching favourite: its rows come with one trigger point and 2 mL of
 * lidocaine 1 % each, so only the values that differ from case study 2 are corrected. Null when the
 * editor has no favourites menu.
 */
async function caseStudy2FromFavourite(page: Page) {
  await newNote(page, "Fictional, Morgan");
  const toggle = page.getByRole("button", { name: "Add from favourites" });
  if ((await toggle.count()) === 0) return null;
  await startActionCounter(page);
  const target = CASE_2_SHOULDER_GIRDLE.note.procedure?.muscles ?? [];
  await enterNote(page, CASE_2_SHOULDER_GIRDLE.note, {
    muscles: async (p) => {
      await toggle.click();
      await p.getByRole("button", { name: CASE_2_FAVOURITE }).click();
      const rows = p.getByRole("list", { name: "Muscles injected" }).getByRole("listitem");
      await rows.nth(target.length - 1).waitFor();
      for (const [i, m] of target.entries()) {
        const row = rows.nth(i);
        const tp = row.getByLabel("Trigger points");
        if ((await tp.inputValue()) !== String(m.triggerPoints)) {
          await tp.fill(String(m.triggerPoints));
        }
        const volume = row.getByLabel("Volume");
        const want = String(m.injectates?.[0]?.volumeMl ?? "");
        if ((await volume.inputValue()) !== want) await volume.fill(want);
      }
    },
  });
  const actions = await readActions(page);
  await page.getByTestId("claim-line-20553").waitFor();
  // Saved, so the unsaved-changes guard lets the bench leave the note.
  await page.getByRole("button", { name: "Save note" }).click();
  await page
    .getByRole("status")
    .filter({ hasText: /^Saved / })
    .waitFor();
  return actions;
}

async function noteRouteJs(browser: Browser, base: string, noteUrl: string) {
  // A fresh context: nothing cached, as on the first visit of the day.
  const context = await browser.newContext({ baseURL: base });
  const r = await context.request.post("/api/session", {
    data: { email: "physician@demo.tpi", password: DEMO_PASSWORD },
  });
  if (!r.ok()) throw new Error(`sign-in for the size check failed: ${r.status()}`);
  const page = await context.newPage();
  const files: { name: string; raw: number; gzip: number }[] = [];
  const pending: Promise<void>[] = [];
  page.on("response", (response) => {
    const url = new URL(response.url());
    if (!url.pathname.endsWith(".js")) return;
    pending.push(
      response.body().then((body) => {
        files.push({
          name: url.pathname.replace(/^\/assets\//, ""),
          raw: body.length,
          gzip: gzipSync(body, { level: 9 }).length,
        });
      }),
    );
  });
  await page.goto(noteUrl);
  await page.getByRole("heading", { level: 1, name: "Trigger point injection note" }).waitFor();
  await page.getByTestId("code-panel-summary").waitFor({ timeout: 60_000 });
  await Promise.all(pending);
  await context.close();
  return { files: files.sort((a, b) => b.gzip - a.gzip) };
}

/**
 * Records, from navigation start, when the code panel first shows a claim line or its summary, and the
 * longest main-thread task before then (Long Tasks API, buffered). A string: see LATENCY_PROBE.
 */
const OPEN_PROBE = `(() => {
  const o = { codesAt: 0, longest: 0 };
  window.__open = o;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (o.codesAt === 0 || e.startTime < o.codesAt) o.longest = Math.max(o.longest, e.duration);
    }
  }).observe({ type: "longtask", buffered: true });
  const seen = () => document.querySelector('[data-testid="code-panel-summary"]');
  new MutationObserver(() => {
    if (o.codesAt === 0 && seen()) o.codesAt = performance.now();
  }).observe(document, { subtree: true, childList: true });
})()`;

interface OpenTimes {
  coldMs: number[];
  coldLongestTaskMs: number[];
  warmMs: number[];
  warmLongestTaskMs: number[];
}

/** Opens the note OPEN_RUNS times cold (a new profile each) and once more warm in each, CPU throttled. */
async function openTimes(browser: Browser, base: string, noteUrl: string): Promise<OpenTimes> {
  const out: OpenTimes = { coldMs: [], coldLongestTaskMs: [], warmMs: [], warmLongestTaskMs: [] };
  for (let run = 0; run < OPEN_RUNS; run++) {
    const context = await browser.newContext({
      baseURL: base,
      viewport: { width: 1024, height: 768 },
    });
    const r = await context.request.post("/api/session", {
      data: { email: "physician@demo.tpi", password: DEMO_PASSWORD },
    });
    if (!r.ok()) throw new Error(`sign-in for the open bench failed: ${r.status()}`);
    await context.addInitScript(OPEN_PROBE);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_THROTTLE });
    for (const kind of ["cold", "warm"] as const) {
      await page.goto(noteUrl);
      await page.getByTestId("code-panel-summary").waitFor({ timeout: 60_000 });
      // Let a long task that started before the panel showed finish and be reported.
      await page.waitForTimeout(300);
      const o = await page.evaluate(
        () => (window as unknown as { __open: { codesAt: number; longest: number } }).__open,
      );
      out[`${kind}Ms`].push(o.codesAt);
      out[`${kind}LongestTaskMs`].push(o.longest);
    }
    await context.close();
  }
  return out;
}

const median = (xs: readonly number[]) =>
  percentile(
    [...xs].sort((a, b) => a - b),
    50,
  );

/** p50/p95 for each kind of change, so a slow tail can be traced to what caused it. */
function byKind(samples: readonly number[], kinds: readonly ChangeKind[]): [string, string][] {
  const groups = new Map<ChangeKind, number[]>();
  samples.forEach((ms, i) => {
    const kind = kinds[i];
    if (kind) groups.set(kind, [...(groups.get(kind) ?? []), ms]);
  });
  return [...groups].map(([kind, ms]) => {
    const sorted = [...ms].sort((a, b) => a - b);
    return [
      `  ${kind} (${sorted.length}) p50 / p95`,
      `${percentile(sorted, 50).toFixed(1)} / ${percentile(sorted, 95).toFixed(1)} ms`,
    ];
  });
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

async function main(): Promise<void> {
  const t0 = Date.now();
  console.log("bench: building the web app…");
  // With BENCH_CPU_PROFILE set, the build is left unminified so the profile's function names read.
  const buildArgs = [
    "--filter",
    "@tpi/web",
    "build",
    ...(CPU_PROFILE ? ["--minify", "false"] : []),
  ];
  const build = spawnSync("pnpm", buildArgs, { cwd: ROOT, stdio: "pipe" });
  if (build.status !== 0) throw new Error(`web build failed:\n${build.stderr.toString()}`);

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  cleanup();
  server = spawn("pnpm", ["--filter", "@tpi/api", "start"], {
    cwd: ROOT,
    detached: true,
    stdio: "ignore",
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: `sqlite:${db}`,
      LOG_LEVEL: "warn",
      DEMO_DATA: "1",
    },
  });
  await waitForHealth(base, 60_000);
  console.log(`bench: API on ${base} after ${((Date.now() - t0) / 1000).toFixed(1)} s`);

  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS],
  });
  const context = await browser.newContext({
    baseURL: base,
    viewport: { width: 1280, height: 900 },
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  await signIn(page);

  const cs2 = await caseStudy2Actions(page);
  const noteUrl = page.url();
  await page.getByRole("button", { name: "Save note" }).click();
  await page
    .getByRole("status")
    .filter({ hasText: /^Saved / })
    .waitFor();

  const fav = await caseStudy2FromFavourite(page);
  const lat = await latency(page);
  const js = await noteRouteJs(browser, base, noteUrl);
  const open = await openTimes(browser, base, noteUrl);
  await browser.close();
  browser = undefined;

  const sorted = [...lat.samples].sort((a, b) => a - b);
  const p50 = percentile(sorted, 50);
  const p95 = percentile(sorted, 95);
  const max = sorted[sorted.length - 1] ?? Number.NaN;
  const a = cs2.actions;
  const sum = (x: typeof a) => x.clicks + x.keys + x.typedFields + x.picks;
  const detail = (x: typeof a) =>
    `${sum(x)} = ${x.clicks} clicks + ${x.keys} key presses + ${x.typedFields} typed fields (${x.typedChars} characters) + ${x.picks} list picks`;
  const jsTotal = js.files.reduce((s, f) => s + f.gzip, 0);
  const jsForm = js.files
    .filter((f) => !f.name.startsWith("code-panel-"))
    .reduce((s, f) => s + f.gzip, 0);

  const rowsOut: [string, string][] = [
    [
      "Input → code panel, changes measured",
      `${sorted.length} (on a ${lat.rows}-muscle note; ${lat.missed} not shown)`,
    ],
    ["Input → code panel p50", `${p50.toFixed(1)} ms`],
    [
      "Input → code panel p95",
      `${p95.toFixed(1)} ms (target < ${P95_TARGET_MS} ms: ${p95 < P95_TARGET_MS ? "met" : "NOT met"})`,
    ],
    ["Input → code panel max", `${max.toFixed(1)} ms`],
    ...byKind(lat.samples, lat.kinds),
    [
      "Case study 2 from an empty note: actions",
      `${detail(a)}${cs2.diagnosesEntered ? "" : " (no diagnoses: picker search unavailable)"}`,
    ],
    [
      "Case study 2 typed as free text instead",
      `${cs2.freeTextChars} key presses at least (its printed narrative), against ${a.keys + a.typedChars} key presses and ${a.clicks + a.picks} clicks or picks in the form`,
    ],
    [
      "Case study 2 from the matching favourite: actions",
      fav
        ? `${detail(fav)} (${sum(a) - sum(fav)} fewer)`
        : "n/a: the editor has no favourites menu",
    ],
    [
      `Cold open, CPU ${CPU_THROTTLE}x slower: navigation → codes, p50 of ${OPEN_RUNS}`,
      `${median(open.coldMs).toFixed(0)} ms (target < ${COLD_OPEN_TARGET_MS} ms: ${median(open.coldMs) < COLD_OPEN_TARGET_MS ? "met" : "NOT met"}; runs ${open.coldMs.map((x) => x.toFixed(0)).join(", ")})`,
    ],
    [
      "Cold open: longest main-thread task, p50",
      `${median(open.coldLongestTaskMs).toFixed(0)} ms (target < ${LONG_TASK_TARGET_MS} ms: ${median(open.coldLongestTaskMs) < LONG_TASK_TARGET_MS ? "met" : "NOT met"}; max ${Math.max(...open.coldLongestTaskMs).toFixed(0)} ms)`,
    ],
    [
      `Warm open (cached), CPU ${CPU_THROTTLE}x slower: navigation → codes, p50`,
      `${median(open.warmMs).toFixed(0)} ms (longest task p50 ${median(open.warmLongestTaskMs).toFixed(0)} ms)`,
    ],
    ["Note route JS, gzip (all files loaded)", `${kb(jsTotal)} in ${js.files.length} files`],
    ["Note route JS, gzip (without the code panel chunk)", kb(jsForm)],
  ];
  const w = Math.max(...rowsOut.map(([k]) => k.length));
  console.log(
    `\nTPI Note UI bench (${new Date().toISOString()}, ${((Date.now() - t0) / 1000).toFixed(0)} s)`,
  );
  console.log(`${"Measure".padEnd(w)} | Result`);
  console.log(`${"-".repeat(w)}-|-${"-".repeat(40)}`);
  for (const [k, v] of rowsOut) console.log(`${k.padEnd(w)} | ${v}`);
  console.log("\nJS files of the note route (gzip level 9):");
  for (const f of js.files) {
    console.log(
      `  ${f.name.padEnd(40)} ${kb(f.raw).padStart(10)} raw ${kb(f.gzip).padStart(10)} gzip`,
    );
  }
}

main()
  .then(() => {
    clearTimeout(watchdog);
    cleanup();
  })
  .catch(async (error: unknown) => {
    console.error("bench failed:", error instanceof Error ? error.message : error);
    clearTimeout(watchdog);
    await browser?.close().catch(() => undefined);
    cleanup();
    process.exitCode = 1;
  });
