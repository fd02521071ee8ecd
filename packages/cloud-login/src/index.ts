export {
  PROVIDERS,
  loginToCloud,
  undoCloudLogin,
  type CloudCleanup,
  type CloudLoginPorts,
  type CloudLoginRequest,
  type Provider,
} from './login.js';
