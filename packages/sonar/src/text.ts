import { shown } from '@gitops-actions/kit';

/**
 * A server's value in a message: as it came when it is a plain token or number (a metric key, a
 * status, `82.5`), else quoted and escaped by `shown`.
 */
export function plain(value: string): string {
  return /^[\w.:+-]{1,80}$/.test(value) ? value : shown(value);
}
