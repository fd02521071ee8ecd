export { buildReleaseArchive, createTrivyStandIn, serveFiles, writeStandinBinary } from './standin.js';
export type {
  FileServer,
  FileServerFault,
  TrivyReport,
  TrivyStandIn,
  TrivyVulnerability,
} from './standin.js';
export { sarifErrors } from './sarif.js';
