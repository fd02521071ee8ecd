// npm run demo (or npx gitops-actions demo): the whole flow on this machine, through the shipped
// dist/ bundles, against local stand-ins; everything on 127.0.0.1, everything stopped at the end:
// dev → staging → prod by promotion pull requests, then a version B in dev rolled back to A.
//   --failing   show the other path: an image with a blocking finding stops before the registry.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import {
  APPS,
  GITOPS_REPO,
  NEXT_VERSION,
  renderMarkdown,
  runFlow,
  runRollback,
  startSandbox,
  type FlowResult,
  type RollbackFlowResult,
  type Sandbox,
  type StepRecord,
} from '@gitops-actions/demo';

const color = process.stdout.isTTY === true;
const bold = (t: string) => (color ? `\x1b[1m${t}\x1b[0m` : t);
const dim = (t: string) => (color ? `\x1b[2m${t}\x1b[0m` : t);
const print = (t = '') => process.stdout.write(`${t}\n`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function describeSandbox(sandbox: Sandbox): void {
  print(bold('What runs here (all on 127.0.0.1):'));
  print(`  GitHub     local stand-in at ${sandbox.github.url}: REST checked against GitHub's OpenAPI`);
  print(`             description, real git repositories ${GITOPS_REPO} and acme/api behind it`);
  print(`  Argo CD    local stand-in at ${sandbox.argocd.url}: API checked against Argo CD's swagger;`);
  print(
    `             ${Object.values(APPS).join(', ')} reconcile envs/{dev,staging,prod}/api from ${GITOPS_REPO}`,
  );
  print('             (no cluster)');
  if (sandbox.registry) {
    print(
      `  Registry   real docker-registry (CNCF distribution), plain HTTP with a password: ${sandbox.registry.host}`,
    );
    print('  Builder    real buildah (chroot isolation, vfs storage), base image made from busybox-static');
  } else {
    print(`  Registry   none: ${sandbox.builderSkipReason}`);
    print(`  Builder    none: the flow continues with a prebuilt reference (${sandbox.image})`);
  }
  print('  Trivy      local stand-in executable: it writes a Trivy JSON report this demo generates');
  print('             (the real Trivy needs its vulnerability database, which is not downloaded here)');
  print('  Actions    the shipped bundles dist/<action>/index.js, run as the runner runs them');
}

function printStep(step: StepRecord, n: number): void {
  const status = step.skipped ? 'skipped' : step.ok ? 'ok' : 'FAILED';
  print();
  print(bold(`▶ ${n}. ${step.title}`) + dim(`  [${step.uses}, ${status}, ${seconds(step.ms)}]`));
  if (step.skipped) print(`  ${step.skipped}`);
  if (step.summary.trim()) print(renderMarkdown(step.summary, { color }));
  if (!step.ok) print(`  Error: ${step.error.split('\n').join('\n  ')}`);
}

function gitopsGit(sandbox: Sandbox, args: string[]): string {
  const gitDir = path.join(sandbox.gitRoot, `${GITOPS_REPO}.git`);
  return execFileSync('git', ['--git-dir', gitDir, ...args], { encoding: 'utf8' });
}

/** Whether the registry serves `tag` (asked as a puller would, with every manifest type). */
async function registryHas(sandbox: Sandbox, tag: string): Promise<boolean> {
  const { registry, secrets } = sandbox;
  if (!registry) return false;
  const auth = Buffer.from(`${secrets.registryUser}:${secrets.registryPassword}`).toString('base64');
  const res = await fetch(`${registry.url}/v2/acme/api/manifests/${tag}`, {
    method: 'HEAD',
    headers: {
      authorization: `Basic ${auth}`,
      accept:
        'application/vnd.docker.distribution.manifest.v2+json, application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.list.v2+json, application/vnd.oci.image.index.v1+json',
    },
  });
  return res.status === 200;
}

const indent = (text: string) => text.trimEnd().replace(/^/gm, '  ');

async function printOutcome(sandbox: Sandbox, result: FlowResult, gitopsBefore: string): Promise<void> {
  print();
  const git = (args: string[]) => gitopsGit(sandbox, args);
  if (!result.ok) {
    print(bold(`✗ The flow stopped at '${result.failedStep}', as the workflow would.`));
    const pushed = await registryHas(sandbox, result.tag);
    const committed = git(['rev-parse', 'main']).trim() !== gitopsBefore;
    if (sandbox.registry) print(`  Registry serves ${result.image}:${result.tag}: ${pushed ? 'yes' : 'no'}`);
    print(`  New commit in ${GITOPS_REPO}: ${committed ? 'yes' : 'no'}`);
    return;
  }
  print(bold(`✓ ${result.image}:${result.tag} runs in dev, staging and prod`));
  print(`  digest ${result.digest}`);
  for (const hop of result.hops) {
    print(bold(`\nWhat the promotion ${hop.from} → ${hop.to} changed (only the tag and digest lines):`));
    print(indent(git(['diff', '--color=never', `${hop.mergeCommit}~1`, hop.mergeCommit])));
  }
}

function printArgoCd(sandbox: Sandbox): void {
  print(bold('\nArgo CD:'));
  for (const name of Object.values(APPS)) {
    const status = sandbox.argocd.app(name)['status'] as {
      sync: { status: string; revision: string };
      health: { status: string };
    };
    print(
      `  ${name.padEnd(11)} ${status.sync.status} / ${status.health.status} at ${status.sync.revision.slice(0, 12)}`,
    );
  }
}

function printRollback(sandbox: Sandbox, result: RollbackFlowResult): void {
  const git = (args: string[]) => gitopsGit(sandbox, args);
  print();
  if (!result.ok) {
    print(bold(`✗ The rollback stopped at '${result.failedStep}', as the workflow would.`));
    return;
  }
  const outputs = result.rollback ?? {};
  const commit = outputs['commit-sha'] ?? '';
  print(
    bold(
      `✓ dev rolled back: ${outputs['previous-tag']} → ${outputs['restored-tag']} at ${commit.slice(0, 12)}`,
    ),
  );
  print(bold('\nThe rollback commit (the teammate’s replicas change is kept):'));
  print(indent(git(['show', '--color=never', '--format=%s%n%n%b', commit])));
  print(bold(`\n${GITOPS_REPO} main:`));
  print(indent(git(['log', '--graph', '--format=%h %s', 'main'])));
}

async function main(): Promise<number> {
  const started = Date.now();
  const failing = process.argv.includes('--failing');
  print(bold('gitops-actions demo: commit → image → dev → staging → prod by pull requests, then a rollback'));
  const sandbox = await startSandbox();
  let ok: boolean;
  try {
    print(dim(`Sandbox ready in ${seconds(Date.now() - started)}`));
    describeSandbox(sandbox);
    const gitopsBefore = gitopsGit(sandbox, ['rev-parse', 'main']).trim();
    let n = 0;
    const onStep = (step: StepRecord) => printStep(step, ++n);
    const result = await runFlow(sandbox, { failing, onStep });
    await printOutcome(sandbox, result, gitopsBefore);
    ok = result.ok === !failing;
    if (result.ok && !failing) {
      print();
      print(bold(`Rollback: ${NEXT_VERSION} goes to dev, a teammate scales dev, then dev goes back`));
      const rolledBack = await runRollback(sandbox, { onStep });
      printRollback(sandbox, rolledBack);
      ok = rolledBack.ok;
    }
    if (!failing) printArgoCd(sandbox);
  } finally {
    await sandbox.stop();
  }
  print();
  print(dim(`Stopped every server and removed ${sandbox.dir}. Total: ${seconds(Date.now() - started)}.`));
  if (!failing)
    print(dim('Run `npm run demo -- --failing` to see an image with a blocking finding stopped.'));
  return ok ? 0 : 1;
}

process.exitCode = await main();
