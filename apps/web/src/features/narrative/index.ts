export { narrate, narrateSections } from "./narrate";
export type { NarrativeSection } from "./narrate";
export { NarrativePreview } from "./narrative-preview";
