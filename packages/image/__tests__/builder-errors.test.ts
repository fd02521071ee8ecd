// (12.11, 12.12) A builder that is missing, vanishes or fails is explained in words that name the input
// that chose it; the engine's own output reaches the log only through kit's path for outside text.
import {
  ActionError,
  Runner,
  parseWorkflowCommands,
  runnerLogger,
  type Exec,
  type ExecResult,
} from '@gitops-actions/kit';
import { selectBuilder } from '@gitops-actions/image';

/**
 * A runner without the command: the error Node's spawn gives (`spawn buildah ENOENT`, code ENOENT),
 * built by hand because real failed spawns keep a Jest worker from exiting cleanly.
 */
const noPath: Exec = (command) => {
  const error = Object.assign(new Error(`spawn ${command} ENOENT`), {
    code: 'ENOENT',
    syscall: `spawn ${command}`,
    path: command,
  });
  return Promise.reject(error);
};

async function failure(promise: Promise<unknown>): Promise<ActionError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ActionError);
  return error as ActionError;
}

const request = {
  context: '/src',
  file: '/src/Dockerfile',
  refs: ['ghcr.io/acme/app:1.0.0'],
  buildArgs: [],
  labels: [],
  platforms: [],
  target: '',
  timestamp: undefined,
  cache: undefined,
};

describe('(12.11) a builder that is not there', () => {
  it('(12.11) says the chosen builder was not found on PATH, naming the input, not `spawn buildah ENOENT`', async () => {
    const error = await failure(selectBuilder('buildah', noPath));
    expect(error.operation).toBe('find an image builder');
    expect(error.message).toBe(
      "buildah was not found on PATH (input builder: 'buildah'); install it or choose another builder",
    );
    const buildx = await failure(selectBuilder('buildx', noPath, { inputName: 'image-builder' }));
    expect(buildx.message).toBe(
      "docker (which runs buildx) was not found on PATH (input image-builder: 'buildx'); install it or choose another builder",
    );
    expect(`${error.message} ${error.hint} ${buildx.message}`).not.toMatch(/ENOENT|spawn/);
  });

  it('(12.11) lists what auto tried, each in words', async () => {
    const error = await failure(selectBuilder('auto', noPath));
    expect(error.message).toBe(
      [
        "none works here (input builder: 'auto'). Tried:",
        '  - buildx: docker (which runs buildx) was not found on PATH',
        '  - docker: docker was not found on PATH',
        '  - podman: podman was not found on PATH',
        '  - buildah: buildah was not found on PATH',
      ].join('\n'),
    );
  });

  it('(12.11) explains a builder that vanished after it was chosen', async () => {
    let probed = false;
    const vanishing: Exec = (command, args, opts) => {
      if (!probed) {
        probed = true;
        return Promise.resolve({ code: 0, stdout: '1.28', stderr: '' });
      }
      return noPath(command, args, opts);
    };
    const builder = await selectBuilder('auto', async (command, args, opts) =>
      command === 'buildah' ? vanishing(command, args, opts) : noPath(command, args, opts),
    );
    const error = await failure(builder.build(request));
    expect(error.operation).toBe('run the image builder');
    expect(error.message).toBe(
      "buildah was not found on PATH (input builder: 'auto'); install it or choose another builder",
    );
  });
});

describe('(12.11, 12.12) a builder that fails', () => {
  it('(12.12) quotes the last lines escaped in the error, and logs the output without running a line of it', async () => {
    const stderr = [
      'STEP 1/2: FROM scratch',
      '::warning::from the Dockerfile',
      '  ::set-output name=x::y',
      `Error: building at STEP "RUN make": exit status 2 \u202e${'z'.repeat(100)}`,
    ].join('\n');
    const failing: Exec = (command, args): Promise<ExecResult> =>
      Promise.resolve(
        args[0] === 'bud' ? { code: 2, stdout: '', stderr } : { code: 0, stdout: '', stderr: '' },
      );
    const printed: string[] = [];
    const runner = new Runner({}, (line) => printed.push(line));
    const builder = await selectBuilder('buildah', failing, { log: runnerLogger(runner) });
    const error = await failure(builder.build(request));
    expect(error.message.split('\n')).toEqual([
      'buildah exited 2:',
      "  '::warning::from the Dockerfile'",
      "  '::set-output name=x::y'",
      expect.stringMatching(
        /^ {2}'Error: building at STEP "RUN make": exit status 2 \\u\{202E\}z+…' \(\d+ characters\)$/,
      ),
    ]);
    runner.annotate('error', error.message);
    const log = printed.join('\n');
    expect(log).toContain('::warning::from the Dockerfile');
    expect(parseWorkflowCommands(log).map((c) => c.command)).toEqual(['error']);
  });
});
