export { CodePanel } from "./code-panel";
export type { CodePanelProps } from "./code-panel";
export { CodePanelView } from "./code-panel-view";
export type { CodePanelViewProps } from "./code-panel-view";
export { useCoding } from "./use-coding";
export type { CodingState } from "./use-coding";
export { summaryText, announcementText } from "./summarize";
export { prefetchCoding } from "./prefetch-coding";
