import { existsSync, readFileSync } from 'node:fs';
import { InputError, type Inputs as RawInputs } from '@gitops-actions/kit';
import type { AppRef } from '@gitops-actions/argocd';

export const REFRESH = ['none', 'normal', 'hard'] as const;

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

export interface Inputs {
  server: string;
  token: string;
  applications: AppRef[];
  /** Lower-case hex, 7 to 40 characters; undefined when any revision will do. */
  revision: string | undefined;
  refresh: (typeof REFRESH)[number];
  sync: boolean;
  timeoutMs: number;
  degradedGraceMs: number;
  acceptSuspended: boolean;
  insecure: boolean;
  /** PEM text of the CA to trust for `server`. */
  caCert: string | undefined;
}

/** Parses and validates every input once; each error names the input at fault. */
export function getInputs(raw: RawInputs): Inputs {
  return {
    server: serverUrl(raw.string('server', { required: true })),
    token: raw.string('token', { required: true }),
    applications: raw.multiline('applications', { required: true }).map(appRef),
    revision: revision(raw.string('revision')),
    refresh: raw.enum('refresh', REFRESH, 'normal'),
    sync: raw.boolean('sync', false),
    // Not 6h: GitHub-hosted jobs end there, but self-hosted ones and the CLI run far longer.
    timeoutMs: raw.duration('timeout', { default: 10 * MINUTE, min: SECOND, max: 24 * HOUR }),
    degradedGraceMs: raw.duration('degraded-grace', { default: 30 * SECOND, max: 24 * HOUR }),
    acceptSuspended: raw.boolean('accept-suspended', false),
    insecure: raw.boolean('insecure', false),
    caCert: caCert(raw.string('ca-cert')),
  };
}

function serverUrl(value: string): string {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `https://${value}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new InputError('server', `'${value}' is not a valid URL (expected https://argocd.example.com)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new InputError('server', `must use https:// (or http://), got '${url.protocol}'`);
  }
  if (url.username || url.password)
    throw new InputError('server', 'must not contain credentials; use `token`');
  return url.toString().replace(/\/+$/, '');
}

const NAME = /^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$/;

function appRef(line: string): AppRef {
  const parts = line.split('/');
  if (parts.length > 2 || parts.some((p) => !NAME.test(p))) {
    throw new InputError(
      'applications',
      `'${line}' is not an application name (lower-case DNS name, or namespace/name for apps outside the control-plane namespace)`,
    );
  }
  return parts.length === 2 ? { namespace: parts[0]!, name: parts[1]! } : { name: parts[0]! };
}

function revision(value: string): string | undefined {
  if (value === '') return undefined;
  if (!/^[0-9a-fA-F]{7,40}$/.test(value)) {
    throw new InputError(
      'revision',
      `'${value}' is not a git commit SHA (7 to 40 hex characters, e.g. bump-manifest's commit-sha)`,
    );
  }
  return value.toLowerCase();
}

/** PEM text, or a path to a PEM file on the runner. */
function caCert(value: string): string | undefined {
  if (value === '') return undefined;
  if (value.includes('-----BEGIN CERTIFICATE-----')) return value;
  if (existsSync(value)) {
    const text = readFileSync(value, 'utf8');
    if (text.includes('-----BEGIN CERTIFICATE-----')) return text;
  }
  throw new InputError(
    'ca-cert',
    'must be a PEM certificate (-----BEGIN CERTIFICATE-----) or the path of one',
  );
}
