export { bump, commitMessage, type BumpResult, type Ports } from './bump.js';
export type { FileEdit } from './edit-files.js';
export type { BumpRequest, FormatChoice, Transport, TransportChoice } from './request.js';
export { renderSummary } from './summary.js';
