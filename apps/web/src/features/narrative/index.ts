export { narrate, narrateSections } from "@tpi/document";
export type { NarrativeSection } from "@tpi/document";
export { NarrativePreview } from "./narrative-preview";
