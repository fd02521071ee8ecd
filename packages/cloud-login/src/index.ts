export {
  PROVIDERS,
  loginToCloud,
  undoCloudLogin,
  type CloudCleanup,
  type CloudLogin,
  type CloudLoginPorts,
  type CloudLoginRequest,
  type Provider,
} from './login.js';
