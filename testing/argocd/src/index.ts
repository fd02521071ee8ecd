export { startArgoCd } from './argocd-server.js';
export type { StandInSyncWindow } from './argocd-windows.js';
export type {
  ArgoCdDelivery,
  ArgoCdRequest,
  ArgoCdOptions,
  ArgoCdServer,
  ArgoCdStats,
  ArgoFault,
} from './argocd-server.js';
export type { ArgoAppBehaviour, ArgoAppConfig, ArgoRolloutScript } from './argocd-model.js';
export { SwaggerValidator, defaultSwaggerPath } from './argocd-validate.js';
