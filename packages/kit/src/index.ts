export { ActionError, InputError, describeFailure, errorMessage } from './errors.js';
export { exec, type Exec, type ExecOptions, type ExecResult } from './exec.js';
export { InputReader, MIN_SECRET_LENGTH, formatDuration, splitLines, type InputSource } from './inputs.js';
export { networkFailure, type NetworkFailure } from './network.js';
export { guardCommands, shown, startsCommand } from './outside-text.js';
export { runnerLogger, silentLogger, type Logger } from './logger.js';
export { backoffDelay, retry, systemClock, type Clock, type RetryOptions } from './retry.js';
export { parseCommandFile } from './command-file.js';
export { parseWorkflowCommand, parseWorkflowCommands, type WorkflowCommand } from './workflow-commands.js';
export {
  Runner,
  formatCommand,
  formatFileCommand,
  inputEnvName,
  type AnnotationProperties,
  type Env,
} from './runner.js';
export { createContext, runAction, type ActionContext } from './run-action.js';
export {
  basicAuth,
  defineAction,
  runnerPorts,
  type ActionDefinition,
  type RunnerPorts,
} from './define-action.js';
export { Secrets } from './secrets.js';
export { code, escapeCell, heading, link, table } from './summary.js';
export {
  branchInput,
  displayUrl,
  hostOf,
  httpUrlInput,
  oneLineInput,
  urlTemplateInput,
  fullNameInput,
  gitRepositoryInput,
  gitTransportInput,
  githubApiUrl,
  githubServerUrl,
  registryLoginInputs,
  tokenOriginInput,
  repoPathInput,
} from './repo-inputs.js';
