export { resolveEntry, runDist } from './run-dist.js';
export type { RunOptions, RunResult } from './run-dist.js';
export { repoRoot } from './repo-root.js';
export { actionNode, ensureFreshBundle } from './runtime.js';
export { fixturePath, fixturesDir } from './fixtures.js';
export { closeServer, listenOnLoopback } from './http.js';
