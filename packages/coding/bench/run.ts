// pnpm bench (coding): the engine's latency, then the ICD-10-CM search comparison.
import { runEngineBench } from "./engine.bench.js";
import { runIcdSearchBench } from "./icd-search.bench.js";

runEngineBench();
await runIcdSearchBench();
