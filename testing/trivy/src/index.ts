export { buildReleaseArchive, serveFiles, writeStandinBinary } from './standin.js';
export type { FileServer } from './standin.js';
export { sarifErrors } from './sarif.js';
