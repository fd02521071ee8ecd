export { buildReleaseArchive, createTrivyStandIn, serveFiles, writeStandinBinary } from './standin.js';
export type { FileServer, TrivyReport, TrivyStandIn, TrivyVulnerability } from './standin.js';
export { sarifErrors } from './sarif.js';
