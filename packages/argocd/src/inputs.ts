// The Argo CD inputs that wait-for-argocd and the root action share, parsed once here. Every parser
// takes the caller's input names, so an error names an input the user of that action can set.
import { existsSync, readFileSync } from 'node:fs';
import { InputError, httpUrlInput, shown } from '@gitops-actions/kit';
import type { AppRef } from './types.js';

/**
 * The caller's names for the inputs a message may point at. The optional ones are knobs not every
 * caller has (the root action fixes them); a message then speaks of the thing itself.
 */
export interface ArgoInputNames {
  server: string;
  token: string;
  applications: string;
  sync: string;
  timeout: string;
  degradedGrace?: string;
  acceptSuspended?: string;
  caCert?: string;
  insecure?: string;
  syncWindow?: string;
  rolloutTimeout?: string;
  rolloutAction?: string;
}

/** wait-for-argocd's input names, the default wherever a caller passes none. */
export const WAIT_FOR_ARGOCD_INPUTS: ArgoInputNames = {
  server: 'server',
  token: 'token',
  applications: 'applications',
  sync: 'sync',
  timeout: 'timeout',
  degradedGrace: 'degraded-grace',
  acceptSuspended: 'accept-suspended',
  caCert: 'ca-cert',
  insecure: 'insecure',
  syncWindow: 'sync-window',
  rolloutTimeout: 'rollout-timeout',
  rolloutAction: 'rollout-action',
};

export const SYNC_WINDOW_MODES = ['fail', 'wait'] as const;

export const REFRESH_MODES = ['none', 'normal', 'hard'] as const;

const SECOND = 1000;
const HOUR = 60 * 60 * SECOND;

/** Bounds of the wait's timeout. Not 6h: GitHub-hosted jobs end there, but self-hosted ones and the CLI run far longer. */
export const TIMEOUT_BOUNDS = { default: 10 * 60 * SECOND, min: SECOND, max: 24 * HOUR };
export const DEGRADED_GRACE_BOUNDS = { default: 30 * SECOND, max: 24 * HOUR };

/** The server's base URL without a trailing slash; `https://` is assumed when no scheme is given. */
export function serverInput(names: Pick<ArgoInputNames, 'server' | 'token'>, value: string): string {
  return httpUrlInput(names.server, value, {
    tokenInput: names.token,
    example: 'https://argocd.example.com',
  });
}

const NAME = /^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$/;

/** One line of the applications input: `name`, or `namespace/name` for an app outside the control plane's namespace. */
export function appRefInput(input: string, line: string): AppRef {
  const parts = line.split('/');
  if (parts.length > 2 || parts.some((p) => !NAME.test(p))) {
    throw new InputError(
      input,
      `${shown(line)} is not an application name (lower-case DNS name, or namespace/name for apps outside the control-plane namespace)`,
    );
  }
  return parts.length === 2 ? { namespace: parts[0]!, name: parts[1]! } : { name: parts[0]! };
}

/** Lower-case hex, 7 to 40 characters; undefined when empty (any revision will do). */
export function revisionInput(input: string, value: string): string | undefined {
  if (value === '') return undefined;
  if (!/^[0-9a-fA-F]{7,40}$/.test(value)) {
    throw new InputError(
      input,
      `${shown(value)} is not a git commit SHA (7 to 40 hex characters, e.g. bump-manifest's commit-sha)`,
    );
  }
  return value.toLowerCase();
}

/** PEM text, given as such or as the path of a PEM file on the runner; undefined when empty. */
export function caCertInput(input: string, value: string): string | undefined {
  if (value === '') return undefined;
  if (value.includes('-----BEGIN CERTIFICATE-----')) return value;
  if (existsSync(value)) {
    const text = readFileSync(value, 'utf8');
    if (text.includes('-----BEGIN CERTIFICATE-----')) return text;
  }
  throw new InputError(input, 'must be a PEM certificate (-----BEGIN CERTIFICATE-----) or the path of one');
}
