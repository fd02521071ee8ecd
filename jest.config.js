/**
 * Jest runs the TypeScript sources as ESM; workspace packages resolve to their src/ without a build:
 * the product in packages/, the stand-ins (`standin-<system>`), testkit and demo in testing/.
 */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  roots: ['<rootDir>/packages', '<rootDir>/actions', '<rootDir>/testing', '<rootDir>/__tests__'],
  testMatch: ['**/__tests__/**/*.test.ts'],
  moduleNameMapper: {
    '^@gitops-actions/standin-([a-z-]+)$': '<rootDir>/testing/$1/src/index.ts',
    '^@gitops-actions/(testkit|demo)$': '<rootDir>/testing/$1/src/index.ts',
    '^@gitops-actions/([a-z-]+)$': '<rootDir>/packages/$1/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, diagnostics: false }],
  },
  // Most tests wait on child processes and local servers, not the CPU: two workers on two cores
  // took the suite from 7m39s to 6m18s here.
  maxWorkers: 2,
  globalSetup: '<rootDir>/scripts/jest-global-setup.mjs',
  testTimeout: 60000,
};
