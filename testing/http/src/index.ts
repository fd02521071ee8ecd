export { startHttpService } from './http-service.js';
export type { HttpAnswer, HttpRequestRecord, HttpRoute, HttpService } from './http-service.js';
