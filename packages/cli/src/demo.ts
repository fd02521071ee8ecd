// `gitops-actions demo`: the whole flow on this machine. The demo starts local stand-ins written in
// TypeScript, so it runs from a source checkout (with its dev dependencies), not from the bundle alone.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

export const DEMO_HELP = `Usage: gitops-actions demo [--failing]

Runs the whole flow on this machine through the shipped dist/ bundles: scan, build, scan the image,
push, bump dev, wait for Argo CD, open the promotion pull request, merge it, wait for prod. GitHub,
Argo CD and Trivy are local stand-ins; the registry and the builder are real when installed
(docker-registry, buildah). Everything listens on 127.0.0.1 and is stopped at the end.

  --failing   show the other path: an image with a blocking finding never reaches the registry
              or the GitOps repository

Same as \`npm run demo\` in a checkout of the repository.`;

interface DemoIo {
  out: (text: string) => void;
  err: (text: string) => void;
  env: NodeJS.ProcessEnv;
}

/** The demo script and the tsx that runs it, when `root` is a source checkout with its dependencies. */
export function demoCommand(root: string): { tsx: string; script: string } | undefined {
  const script = path.join(root, 'scripts', 'demo.ts');
  const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
  return existsSync(script) && existsSync(tsx) ? { tsx, script } : undefined;
}

export async function runDemo(args: string[], io: DemoIo, root: string): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(DEMO_HELP);
    return 0;
  }
  const unknown = args.filter((a) => a !== '--failing');
  if (unknown.length > 0) {
    io.err(`Unknown argument ${unknown[0]} for demo.\nRun gitops-actions demo --help for usage.`);
    return 2;
  }
  const command = demoCommand(root);
  if (!command) {
    io.err(
      'The demo runs from a source checkout of gitops-actions (it starts local stand-ins written in TypeScript):\n' +
        '  git clone https://github.com/gitops-actions/gitops-actions && cd gitops-actions\n' +
        '  npm ci && npm run demo',
    );
    return 1;
  }
  const env = { ...io.env };
  delete env['NODE_OPTIONS'];
  const child = spawn(command.tsx, [command.script, ...args], { cwd: root, env, stdio: 'inherit' });
  return new Promise((resolve) => {
    child.on('error', (error) => {
      io.err(`Could not start the demo: ${error.message}`);
      resolve(1);
    });
    child.on('close', (code) => resolve(code ?? 1));
  });
}
