import { InputError } from '@gitops-actions/kit';
import {
  WAIT_FOR_ARGOCD_INPUTS,
  appRefInput,
  caCertInput,
  revisionInput,
  serverInput,
} from '@gitops-actions/argocd';

/** The root action's names for the two inputs a server URL's errors point at. */
const ROOT = { server: 'argocd-server', token: 'argocd-token' };

function messageOf(parse: () => unknown): string {
  try {
    parse();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('no error');
}

describe('serverInput', () => {
  it('assumes https and drops trailing slashes, keeping a path prefix', () => {
    expect(serverInput(ROOT, 'argocd.example.com')).toBe('https://argocd.example.com');
    expect(serverInput(ROOT, 'http://127.0.0.1:8080/argocd/')).toBe('http://127.0.0.1:8080/argocd');
  });

  it("names the caller's inputs", () => {
    expect(messageOf(() => serverInput(ROOT, 'ftp://argocd'))).toBe(
      "Input 'argocd-server' must use https:// (or http://), got 'ftp:'",
    );
    expect(messageOf(() => serverInput(ROOT, 'https://u:p@argocd'))).toBe(
      "Input 'argocd-server' holds credentials (user:token@); give the URL without them and the token in 'argocd-token', which is masked and never put in a URL",
    );
    expect(messageOf(() => serverInput(WAIT_FOR_ARGOCD_INPUTS, 'https://u:p@argocd'))).toBe(
      "Input 'server' holds credentials (user:token@); give the URL without them and the token in 'token', which is masked and never put in a URL",
    );
  });
});

describe('appRefInput', () => {
  it('reads name and namespace/name', () => {
    expect(appRefInput('applications', 'web')).toEqual({ name: 'web' });
    expect(appRefInput('applications', 'team-a/web')).toEqual({ namespace: 'team-a', name: 'web' });
  });

  it('names the input it was given', () => {
    expect(messageOf(() => appRefInput('argocd-applications', 'Bad_Name'))).toMatch(
      /^Input 'argocd-applications' 'Bad_Name' is not an application name/,
    );
    expect(messageOf(() => appRefInput('applications', 'a/b/c'))).toMatch(/^Input 'applications' 'a\/b\/c'/);
  });
});

describe('(12.12) echoed values', () => {
  it('(12.12) are quoted by kit: cut to about 80 characters, controls and bidi marks escaped', () => {
    const long = `a${'b'.repeat(100_000)}`;
    const echoed = messageOf(() => appRefInput('applications', long));
    expect(echoed.length).toBeLessThan(300);
    expect(echoed).toContain('(100001 characters)');
    expect(messageOf(() => appRefInput('applications', 'web\u202etxt.exe'))).toContain(
      "'web\\u{202E}txt.exe'",
    );
    expect(messageOf(() => revisionInput('revision', 'abc\n::warning::x'))).toBe(
      "Input 'revision' 'abc\\n::warning::x' is not a git commit SHA (7 to 40 hex characters, e.g. bump-manifest's commit-sha)",
    );
  });
});

describe('revisionInput and caCertInput', () => {
  it('lower-cases a SHA and leaves an empty one undefined', () => {
    expect(revisionInput('revision', 'ABCDEF1')).toBe('abcdef1');
    expect(revisionInput('revision', '')).toBeUndefined();
    expect(messageOf(() => revisionInput('revision', 'main'))).toMatch(
      /^Input 'revision' 'main' is not a git/,
    );
  });

  it('takes PEM text and refuses anything else', () => {
    const pem = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';
    expect(caCertInput('ca-cert', pem)).toBe(pem);
    expect(caCertInput('ca-cert', '')).toBeUndefined();
    expect(messageOf(() => caCertInput('ca-cert', '/no/such/file.pem'))).toMatch(
      /^Input 'ca-cert' must be a PEM/,
    );
  });
});
