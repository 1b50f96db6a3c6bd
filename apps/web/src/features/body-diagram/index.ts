export { BodyDiagram } from "./body-diagram";
export type { BodyDiagramProps } from "./body-diagram";
