import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ActionError, InputError, MIN_SECRET_LENGTH, shown } from '@gitops-actions/kit';
import type { BuildSecretFile } from './builders.js';

/** A build secret as given: `RUN --mount=type=secret,id=<id>` reads `value` at /run/secrets/<id>. */
export interface BuildSecret {
  id: string;
  value: string;
}

const ID = /^[A-Za-z0-9_.-]+$/;

/**
 * `id=value` lines (blank lines skipped), as docker/build-push-action's `secrets`. Errors name `input`
 * and the line number, never the value: a line without an id may be nothing but the secret.
 */
export function parseBuildSecrets(text: string, input: string): BuildSecret[] {
  const secrets: BuildSecret[] = [];
  const seen = new Map<string, number>();
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const line = raw.trim();
    const n = index + 1;
    if (line === '') return;
    const eq = line.indexOf('=');
    if (eq < 0)
      throw new InputError(input, `line ${n} is not id=value (it has no '='; the line is not shown)`);
    const id = line.slice(0, eq).trim();
    const value = line.slice(eq + 1).trim();
    if (!ID.test(id) || /^\.+$/.test(id)) {
      throw new InputError(
        input,
        `line ${n}: the id before '=' must be letters, digits, '_', '.' or '-' (the line is not shown)`,
      );
    }
    if (seen.has(id))
      throw new InputError(input, `line ${n} repeats the id ${shown(id)} of line ${seen.get(id)}`);
    if ([...value].length < MIN_SECRET_LENGTH) {
      // The runner would mask every occurrence of a short value, and a one-letter secret wrecks the log.
      throw new InputError(
        input,
        `line ${n}: the value of ${shown(id)} is ${[...value].length} characters long; a build secret has at least ${MIN_SECRET_LENGTH}`,
      );
    }
    seen.set(id, n);
    secrets.push({ id, value });
  });
  return secrets;
}

/**
 * Runs `use` with each secret in its own file (mode 0600) in a fresh folder under `tempDir`, so only
 * paths reach the builder's argv; the folder is removed afterwards, whether `use` succeeded or not.
 */
export async function withSecretFiles<T>(
  secrets: readonly BuildSecret[],
  tempDir: string,
  use: (files: BuildSecretFile[]) => Promise<T>,
): Promise<T> {
  if (secrets.length === 0) return use([]);
  const dir = await mkdtemp(join(tempDir, 'build-secrets-'));
  try {
    // The engines read `--secret id=…,src=…` as comma-separated fields.
    if (dir.includes(',')) {
      throw new ActionError('pass the build secrets', `the temporary folder ${shown(dir)} holds a ','`, {
        hint: 'Point RUNNER_TEMP (or TMPDIR outside a runner) at a folder whose path has no comma.',
      });
    }
    const files: BuildSecretFile[] = [];
    for (const [i, { id, value }] of secrets.entries()) {
      // Numbered, not named by id: an id such as `..` or `a.b` must not choose a path.
      const file = join(dir, `secret-${i + 1}`);
      await writeFile(file, value, { mode: 0o600, flag: 'wx' });
      files.push({ id, file });
    }
    return await use(files);
  } finally {
    await rm(dir, { recursive: true, force: true, maxRetries: 3 });
  }
}
