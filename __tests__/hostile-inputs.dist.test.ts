// Issue 12's probe, kept: the shipped bundles, run as the runner runs them, given one bad input at a
// time. Each must fail with exactly one error that names the input, print no stack trace, no raw
// library message, no command forged from the value and no secret, and write no output.
import { runDist, type RunResult } from '@gitops-actions/testkit';

const SECRET = 'ghs_HostileProbeSecret0123456789abcdef';
const FORGED = '\n::warning::FORGED\n  ::set-output name=forged::1';
const LONG = 'a'.repeat(100_000);
const CLOSED = 'http://127.0.0.1:9'; // discard port: nothing answers, nothing is reached before the check

interface Case {
  input: string;
  value: string;
  /** Inputs set beside the bad one, so that it is the one checked. */
  with?: Record<string, string>;
}

const BASE: Record<string, Record<string, string>> = {
  'build-tag-push': { image: 'registry.invalid/acme/api', version: '1.2.3', mode: 'build' },
  'bump-manifest': { repository: 'acme/gitops', token: SECRET, files: 'values.yaml', tag: '1.2.3' },
  'changed-apps': { 'app-map': 'services/api/**=api' },
  'oidc-login': { 'role-to-assume': 'arn:aws:iam::123456789012:role/deploy', 'aws-region': 'eu-west-1' },
  'open-promotion-pr': { repository: 'acme/gitops', token: SECRET, files: 'prod/values.yaml', tag: '1.2.3' },
  'scan-gate': { 'trivy-path': '/nonexistent/trivy' },
  'wait-for-argocd': { server: CLOSED, token: SECRET, applications: 'api' },
  'smoke-test': { urls: `${CLOSED}/health` },
  notify: { status: 'success', 'webhook-url': `${CLOSED}/hooks/deploys-0123456789` },
  deploy: {
    image: 'registry.invalid/acme/api',
    'gitops-repository': 'acme/gitops',
    'gitops-token': SECRET,
    'gitops-files': 'values.yaml',
  },
};

const WIF = 'projects/123456789012/locations/global/workloadIdentityPools/github/providers/github';
const AZURE = {
  provider: 'azure',
  'azure-client-id': '11111111-2222-3333-4444-555555555555',
  'azure-tenant-id': 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
};

const CASES: Record<string, Case[]> = {
  'build-tag-push': [
    { input: 'image', value: `acme/API${FORGED}` },
    { input: 'mode', value: 'deploy' },
    { input: 'builder', value: 'sh' },
    { input: 'immutable', value: 'yes' },
    { input: 'cache', value: 'everywhere' },
    { input: 'build-args', value: 'NOEQUALS' },
    { input: 'retries', value: '100000000000000000000000' },
    { input: 'retries', value: 'Infinity' },
    { input: 'password', value: 'x', with: { username: 'bot' } },
    { input: 'username', value: '', with: { password: SECRET } },
    { input: 'extra-tags', value: 'bad tag' },
    { input: 'tag-template', value: `{version}${FORGED}` },
    { input: 'version', value: `1.0${FORGED}` },
    { input: 'version', value: '1.0\u202Egpj' },
    { input: 'registry', value: 'acr' },
    { input: 'registry', value: 'quay' },
  ],
  'bump-manifest': [
    { input: 'repository', value: `http://x-access-token:${SECRET}@127.0.0.1:9/acme/gitops.git` },
    { input: 'token', value: 'x' },
    { input: 'branch', value: 'main..x' },
    { input: 'branch', value: `main${FORGED}` },
    { input: 'files', value: '../etc/passwd' },
    { input: 'files', value: '/etc/passwd' },
    { input: 'key', value: '__proto__.polluted', with: { 'create-missing': 'true' } },
    { input: 'format', value: 'toml' },
    { input: 'create-missing', value: 'maybe' },
    { input: 'max-attempts', value: '1e+23' },
    { input: 'max-attempts', value: '0' },
    { input: 'transport', value: 'ftp' },
    { input: 'dry-run', value: 'yes' },
    { input: 'digest', value: 'sha256:xyz' },
  ],
  'changed-apps': [
    { input: 'app-map', value: 'api: [' },
    { input: 'app-map', value: `api${FORGED}` },
    { input: 'before', value: 'not-a-sha' },
  ],
  'oidc-login': [
    { input: 'role-to-assume', value: 'arn:aws:iam::1:role/x' },
    { input: 'role-to-assume', value: `arn${FORGED}` },
    { input: 'aws-region', value: 'mars-1' },
    { input: 'role-duration-seconds', value: '1e+23' },
    { input: 'registries', value: '123' },
    { input: 'role-session-name', value: 'a b\u202E' },
    { input: 'ecr-login', value: 'nope' },
    { input: 'provider', value: 'oracle' },
    {
      input: 'workload-identity-provider',
      value: `projects/acme/pools/x${FORGED}`,
      with: { provider: 'gcp' },
    },
    {
      input: 'service-account',
      value: 'ci@gmail.com',
      with: { provider: 'gcp', 'workload-identity-provider': WIF },
    },
    {
      input: 'gcp-registries',
      value: 'evil.example',
      with: { provider: 'gcp', 'workload-identity-provider': WIF },
    },
    { input: 'token-lifetime', value: '1e+23', with: { provider: 'gcp', 'workload-identity-provider': WIF } },
    {
      input: 'gcp-sts-endpoint',
      value: 'http://sts.example',
      with: { provider: 'gcp', 'workload-identity-provider': WIF },
    },
    { input: 'azure-tenant-id', value: `contoso${FORGED}`, with: { ...AZURE } },
    { input: 'azure-client-id', value: '', with: { ...AZURE } },
    { input: 'acr-registries', value: 'acme.example.com', with: { ...AZURE } },
    { input: 'azure-authority-host', value: `https://u:${SECRET}@login.example`, with: { ...AZURE } },
  ],
  'open-promotion-pr': [
    { input: 'branch', value: 'promote/../{environment} x' },
    { input: 'base', value: 'a b' },
    { input: 'auto-merge', value: 'fast' },
    { input: 'draft', value: 'perhaps' },
    { input: 'token', value: 'short' },
    { input: 'files', value: '../x' },
    { input: 'format', value: 'ini' },
  ],
  'scan-gate': [
    { input: 'scan-type', value: 'disk' },
    { input: 'severity', value: 'URGENT' },
    { input: 'trivy-url', value: `https://mirror.example${FORGED}` },
    { input: 'trivy-version', value: 'latest' },
    { input: 'trivy-checksum', value: 'abc' },
    { input: 'fail', value: 'maybe' },
    {
      input: 'sonar-host-url',
      value: 'ftp://sonar',
      with: { 'sonar-token': SECRET, 'sonar-project-key': 'api' },
    },
    { input: 'sonar-token', value: 'x', with: { 'sonar-host-url': CLOSED, 'sonar-project-key': 'api' } },
    { input: 'ignore-unfixed', value: 'sometimes' },
  ],
  'wait-for-argocd': [
    { input: 'server', value: `https://admin:${SECRET}@argocd.example` },
    { input: 'server', value: 'ftp://argocd' },
    { input: 'server', value: `https://argocd${FORGED}` },
    { input: 'token', value: 'x' },
    { input: 'applications', value: 'Bad_Name' },
    { input: 'applications', value: LONG },
    { input: 'revision', value: 'xyz' },
    { input: 'refresh', value: 'soft' },
    { input: 'timeout', value: '1e+23' },
    { input: 'timeout', value: '-5s' },
    { input: 'timeout', value: 'Infinity' },
    { input: 'degraded-grace', value: '25h' },
    { input: 'sync', value: 'yes' },
    { input: 'ca-cert', value: '/nonexistent/ca.pem' },
    { input: 'insecure', value: 'maybe' },
    { input: 'sync-window', value: 'ignore' },
    { input: 'rollout-timeout', value: '1e+23' },
    { input: 'rollout-action', value: 'skip' },
  ],
  'smoke-test': [
    { input: 'urls', value: 'ftp://service/health' },
    { input: 'urls', value: `${CLOSED}/health${FORGED}` },
    { input: 'expect-status', value: '99' },
    { input: 'expect-body', value: '(unclosed' },
    { input: 'retries', value: '0' },
    { input: 'timeout', value: '1e+23' },
    { input: 'headers', value: `Bad Name: ${SECRET}` },
  ],
  notify: [
    { input: 'status', value: 'great' },
    { input: 'event', value: 'party' },
    { input: 'webhook-url', value: 'http://hooks.example/deploys' },
    { input: 'slack-webhook-url', value: `https://hooks.slack.com/services/T0/B0/x${FORGED}` },
    { input: 'webhook-headers', value: `Bad Header: ${SECRET}` },
    { input: 'timeout', value: '1e+23' },
  ],
  deploy: [
    { input: 'gitops-repository', value: `https://u:${SECRET}@127.0.0.1:9/a/b.git` },
    { input: 'gitops-branch', value: 'x..y' },
    { input: 'gitops-token', value: 'short' },
    { input: 'gitops-files', value: '../x' },
    { input: 'gitops-key', value: '__proto__' },
    { input: 'severity', value: 'BAD' },
    { input: 'trivy-url', value: `https://mirror.example${FORGED}` },
    {
      input: 'argocd-timeout',
      value: '99h',
      with: { 'argocd-server': CLOSED, 'argocd-token': SECRET, 'argocd-applications': 'api' },
    },
    { input: 'argocd-token', value: 'x', with: { 'argocd-server': CLOSED, 'argocd-applications': 'api' } },
    {
      input: 'argocd-server',
      value: `https://u:${SECRET}@argocd`,
      with: { 'argocd-token': SECRET, 'argocd-applications': 'api' },
    },
  ],
};

const RAW_LIBRARY =
  /\b(?:ENOENT|EACCES|ECONNREFUSED|TypeError|SyntaxError|ReferenceError|undefined is not|Cannot read properties)\b/;
const STACK = /^\s+at .+:\d+:\d+\)?$/m;
const FORMS = (s: string) => [s, encodeURIComponent(s), Buffer.from(s).toString('base64')];

function problems(action: string, c: Case, run: RunResult): string[] {
  const found: string[] = [];
  const errors = run.commands.filter((cmd) => cmd.command === 'error');
  if (run.exitCode === 0) found.push('exit code 0');
  if (errors.length !== 1) found.push(`${errors.length} errors`);
  const message = errors[0]?.message ?? '';
  if (!message.startsWith(`Input '${c.input}'`))
    found.push(`error does not name '${c.input}': ${message.slice(0, 200)}`);
  if (message.length > 400) found.push(`error is ${message.length} characters long`);
  if (STACK.test(run.stdout) || STACK.test(run.stderr)) found.push('stack trace');
  if (RAW_LIBRARY.test(message)) found.push(`raw library text: ${message.slice(0, 200)}`);
  const forged = run.commands.filter(
    (cmd) =>
      ['set-output', 'set-env', 'save-state', 'add-path'].includes(cmd.command) ||
      cmd.message.startsWith('FORGED'),
  );
  if (forged.length) found.push(`forged ${forged.map((f) => f.command).join(', ')}`);
  const printed = run.stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
  for (const form of FORMS(SECRET)) {
    if (printed.includes(form) || run.stderr.includes(form) || run.summary.includes(form))
      found.push(`secret printed as ${form.slice(0, 12)}…`);
  }
  if (Object.keys(run.outputs).length) found.push(`outputs written: ${Object.keys(run.outputs).join(', ')}`);
  return found.map((p) => `${action} ${c.input}=${JSON.stringify(c.value.slice(0, 60))}: ${p}`);
}

describe('hostile inputs to the shipped bundles (issue 12)', () => {
  for (const [action, cases] of Object.entries(CASES)) {
    it(`${action}: ${cases.length} bad inputs, each refused clearly`, async () => {
      const found: string[] = [];
      for (const c of cases) {
        const inputs = { ...BASE[action], ...c.with, [c.input]: c.value };
        const run = await runDist(action, { inputs, timeoutMs: 20_000, env: { GITHUB_TOKEN: SECRET } });
        found.push(...problems(action, c, run));
      }
      expect(found).toEqual([]);
    });
  }
});
