// (17.3) The security rules every workflow of this repository keeps, beyond actionlint: each check
// is shown catching a deliberately bad workflow, and every workflow, example and README snippet passes.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '@gitops-actions/testkit';
import {
  parseWorkflow,
  permissionFindings,
  persistCredentialsFindings,
  runExpressionFindings,
  secretsInheritFindings,
  securityFindings,
  untrustedCheckoutFindings,
  yamlBlocks,
  type Finding,
  type Workflow,
} from '../scripts/workflow-checks.js';

const root = repoRoot();
const read = (file: string): string => readFileSync(path.join(root, file), 'utf8');
const loadWorkflow = (file: string): Workflow | null =>
  existsSync(path.join(root, file)) ? parseWorkflow(read(file)) : null;
const workflows: Array<[string, Workflow]> = [
  ...['.github/workflows', 'workflows-examples'].flatMap((dir) =>
    readdirSync(path.join(root, dir))
      .filter((f) => /\.ya?ml$/.test(f))
      .map((f): [string, Workflow] => [path.join(dir, f), parseWorkflow(read(path.join(dir, f)))]),
  ),
  ...yamlBlocks(read('README.md'))
    .map((block, i): [string, Workflow] => [`README.md yaml block ${i + 1}`, parseWorkflow(block)])
    .filter(([, w]) => typeof w === 'object' && w !== null && 'jobs' in w),
];

const CHECKOUT = 'actions/checkout@11d5960a326750d5838078e36cf38b85af677262';
const wf = (text: string): Workflow => parseWorkflow(text);
const short = (found: Finding[]): string[] => found.map((f) => `${f.where}: ${f.message}`);

describe('(17.3) workflow security checks', () => {
  it('reads every workflow, the examples and the README adoption snippet', () => {
    expect(workflows.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        '.github/workflows/ci.yml',
        '.github/workflows/dev-deploy.yml',
        'workflows-examples/one-step-deploy.yml',
        'README.md yaml block 1',
      ]),
    );
  });

  it.each(workflows)('%s passes every check', (name, workflow) => {
    expect(short(securityFindings(workflow, name, loadWorkflow))).toEqual([]);
  });
});

describe('(17.3a) no expression expanded inside a script', () => {
  const bad = wf(`
on: pull_request
jobs:
  a:
    steps:
      - id: own
        uses: gitops-actions/gitops-actions/actions/build-tag-push@v1
      - id: theirs
        uses: acme/tool@0000000000000000000000000000000000000000 # v1.0.0
      - run: echo "\${{ github.event.pull_request.title }}"
      - run: |
          echo "\${{ inputs.version }} \${{ secrets.TOKEN }}"
      - run: echo "\${{ matrix.node }} \${{ steps.theirs.outputs.name }}"
      - run: echo "\${{ steps.own.outputs.digest }} \${{ github.run_id }} \${{ runner.temp }}"
      - uses: actions/github-script@0000000000000000000000000000000000000000 # v7.0.0
        with:
          script: console.log('\${{ github.head_ref }}')
      - env:
          TITLE: \${{ github.event.pull_request.title }}
        run: echo "$TITLE"
`);

  it('reports untrusted text, secrets, inputs and anything off the allow-list, by job and step', () => {
    expect(runExpressionFindings(bad, 'bad.yml').map((f) => [f.where, f.message.replace(/;.*/, '')])).toEqual(
      [
        [
          'bad.yml job a step 3',
          '${{ github.event.pull_request.title }} in the script: untrusted or secret text expanded into the script',
        ],
        [
          'bad.yml job a step 4',
          '${{ inputs.version }} in the script: untrusted or secret text expanded into the script',
        ],
        [
          'bad.yml job a step 4',
          '${{ secrets.TOKEN }} in the script: untrusted or secret text expanded into the script',
        ],
        [
          'bad.yml job a step 5',
          '${{ matrix.node }} in the script: not on the allow-list of expressions a script may expand',
        ],
        [
          'bad.yml job a step 5',
          '${{ steps.theirs.outputs.name }} in the script: not on the allow-list of expressions a script may expand',
        ],
        [
          'bad.yml job a step 7',
          '${{ github.head_ref }} in the script: untrusted or secret text expanded into the script',
        ],
      ],
    );
  });

  it("names the fix: the step's env", () => {
    expect(runExpressionFindings(bad, 'bad.yml')[0]!.message).toContain('env:');
  });
});

describe('(17.3b) no checkout of untrusted code under a privileged trigger', () => {
  const job = (steps: string): string => `
jobs:
  build:
    permissions: {}
    steps:
${steps}`;
  const headCheckout = `      - uses: ${CHECKOUT} # v4.4.0
        with:
          ref: \${{ github.event.pull_request.head.sha }}
`;

  it('reports a pull_request_target checkout of the head and a workflow_run fetch of its branch', () => {
    expect(
      short(untrustedCheckoutFindings(wf(`on: pull_request_target${job(headCheckout)}`), 'prt.yml')),
    ).toEqual([
      expect.stringMatching(
        /^prt\.yml job build step 1: checks out the pull request's code under pull_request_target/,
      ),
    ]);
    const fetch = `      - env:
          BRANCH: \${{ github.event.workflow_run.head_branch }}
        run: git fetch origin "$BRANCH" && git checkout FETCH_HEAD
`;
    const onRun = `on:\n  workflow_run:\n    workflows: [ci]\n    types: [completed]${job(fetch)}`;
    expect(untrustedCheckoutFindings(wf(onRun), 'run.yml').map((f) => f.where)).toEqual([
      'run.yml job build step 1',
    ]);
    const ghPr = `      - run: gh pr checkout "\${PR}"\n        env:\n          PR: refs/pull/1/head\n`;
    expect(untrustedCheckoutFindings(wf(`on: [pull_request_target]${job(ghPr)}`), 'gh.yml')).toHaveLength(1);
  });

  it('passes the same checkout under pull_request, and the base checkout under pull_request_target', () => {
    expect(untrustedCheckoutFindings(wf(`on: pull_request${job(headCheckout)}`), 'pr.yml')).toEqual([]);
    const base = `      - uses: ${CHECKOUT} # v4.4.0\n`;
    expect(untrustedCheckoutFindings(wf(`on: pull_request_target${job(base)}`), 'base.yml')).toEqual([]);
  });
});

describe('(17.3c) permissions declared everywhere, no broader than used', () => {
  const none = (): null => null;
  const check = (text: string): string[] => short(permissionFindings(wf(text), 'p.yml', loadWorkflow));

  it('reports a workflow and a job without permissions, write-all, and a write at workflow level', () => {
    expect(check(`jobs:\n  a:\n    steps:\n      - run: echo\n`)).toEqual([
      'p.yml: no workflow-level permissions: add `permissions: {}` or `contents: read`',
      'p.yml job a: no job-level permissions: name what this job uses',
    ]);
    expect(
      check(
        `permissions:\n  contents: write\njobs:\n  a:\n    permissions: write-all\n    steps:\n      - run: echo\n`,
      ),
    ).toEqual([
      'p.yml: workflow grants contents: write, which none of its steps uses',
      'p.yml job a: grants write-all; name each scope the job uses',
    ]);
  });

  it('reports a grant no step uses, and a permission an action needs but the job lacks', () => {
    const text = `permissions: {}
jobs:
  scan:
    permissions: { contents: read, packages: write, id-token: write }
    steps:
      - uses: ${CHECKOUT} # v4.4.0
      - uses: gitops-actions/gitops-actions/actions/scan-gate@v1
  ecr:
    permissions: { contents: read }
    steps:
      - uses: gitops-actions/gitops-actions/actions/oidc-login@v1
  attest:
    permissions: { id-token: write, attestations: write, packages: write }
    steps:
      - uses: actions/attest-build-provenance@a2bbfa25375fe432b6a289bc6b6cd05ecd0c4c32 # v4.1.0
        with: { subject-name: ghcr.io/acme/api, subject-digest: 'sha256:00', push-to-registry: false }
  unknown:
    permissions: { contents: read }
    steps:
      - uses: acme/deploy@0000000000000000000000000000000000000000 # v1.0.0
`;
    expect(check(text)).toEqual([
      'p.yml job scan: grants packages: write, which none of its steps uses',
      'p.yml job scan: grants id-token: write, which none of its steps uses',
      'p.yml job ecr: needs id-token: write, which it does not grant',
      'p.yml job attest: grants packages: write, which none of its steps uses',
      'p.yml job unknown: acme/deploy@0000000000000000000000000000000000000000 has no entry in ACTION_PERMISSIONS (scripts/workflow-checks.ts)',
    ]);
  });

  it('passes writes a step uses: a git push, the GHCR push, the attestation pushed to the registry', () => {
    const text = `permissions: { contents: read }
jobs:
  push:
    permissions: { contents: write }
    steps:
      - uses: ${CHECKOUT} # v4.4.0
      - run: git push origin HEAD:main
  ghcr:
    permissions: { contents: read, packages: write }
    steps:
      - uses: gitops-actions/gitops-actions/actions/build-tag-push@v1
  attest:
    permissions: { contents: read, id-token: write, attestations: write, packages: write }
    steps:
      - uses: actions/attest-build-provenance@a2bbfa25375fe432b6a289bc6b6cd05ecd0c4c32 # v4.1.0
        with: { subject-name: ghcr.io/acme/api, subject-digest: 'sha256:00', push-to-registry: true }
`;
    expect(check(text)).toEqual([]);
  });

  it('(14.6) upload-sarif needs security-events: write; smoke-test, notify and the artifacts need nothing', () => {
    const SARIF = 'github/codeql-action/upload-sarif@8aad20d150bbac5944a9f9d289da16a4b0d87c1e # v4.36.2';
    const text = `permissions: {}
jobs:
  missing:
    permissions: { contents: read }
    steps:
      - uses: ${SARIF}
  sarif:
    permissions: { contents: read, security-events: write, actions: read }
    steps:
      - uses: actions/download-artifact@3e5f45b2cfb9172054b4087a40e8e0b5a5461e7c # v8.0.1
      - uses: ${SARIF}
  after:
    permissions: { contents: read, security-events: write }
    steps:
      - uses: gitops-actions/gitops-actions/actions/smoke-test@v1
      - uses: gitops-actions/gitops-actions/actions/notify@v1
      - uses: actions/upload-artifact@bbbca2ddaa5d8feaa63e36b76fdaad77386f024f # v7.0.0
  gcp:
    permissions: { contents: read }
    steps:
      - uses: gitops-actions/gitops-actions/actions/oidc-login@v1
        with: { provider: gcp }
`;
    expect(check(text)).toEqual([
      'p.yml job missing: needs security-events: write, which it does not grant',
      'p.yml job after: grants security-events: write, which none of its steps uses',
      'p.yml job gcp: needs id-token: write, which it does not grant',
    ]);
  });

  it('holds a caller of a reusable workflow of this repository to what the called jobs ask for', () => {
    const caller = (perms: string): string =>
      `permissions: {}\njobs:\n  dev:\n    uses: gitops-actions/gitops-actions/.github/workflows/promote.yml@v1\n    permissions: ${perms}\n`;
    expect(check(caller('{ contents: read }'))).toEqual([]);
    expect(check(caller('{ contents: read, pull-requests: write }'))).toEqual([
      'p.yml job dev: grants pull-requests: write, which none of its steps uses',
    ]);
    expect(check(caller('{}'))).toEqual(['p.yml job dev: needs contents: read, which it does not grant']);
    const outside = `permissions: {}\njobs:\n  x:\n    uses: acme/w/.github/workflows/x.yml@${'0'.repeat(40)}\n    permissions: { contents: write }\n`;
    expect(short(permissionFindings(wf(outside), 'p.yml', none))).toEqual([]);
  });
});

describe('(17.3d) persist-credentials: false where the job does not push', () => {
  it('reports a checkout that keeps the token, and passes it where the job pushes with git', () => {
    const text = `jobs:
  build:
    steps:
      - uses: ${CHECKOUT} # v4.4.0
      - uses: ${CHECKOUT} # v4.4.0
        with: { persist-credentials: false }
  release:
    steps:
      - uses: ${CHECKOUT} # v4.4.0
      - run: git push --atomic origin main
`;
    expect(short(persistCredentialsFindings(wf(text), 'c.yml'))).toEqual([
      expect.stringMatching(
        /^c\.yml job build step 1: actions\/checkout keeps the job token in \.git\/config/,
      ),
    ]);
  });
});

describe('(17.3e) no secrets: inherit into a workflow outside this repository', () => {
  it('reports inherit into a third-party workflow and passes it into our own', () => {
    const text = `jobs:
  theirs:
    uses: acme/workflows/.github/workflows/deploy.yml@${'0'.repeat(40)}
    secrets: inherit
  ours:
    uses: gitops-actions/gitops-actions/.github/workflows/promote.yml@v1
    secrets: inherit
  local:
    uses: ./.github/workflows/promote.yml
    secrets: inherit
`;
    expect(secretsInheritFindings(wf(text), 's.yml').map((f) => f.where)).toEqual(['s.yml job theirs']);
    expect(secretsInheritFindings(wf(text), 's.yml')[0]!.message).toContain('by name');
  });
});
