import { createContext, exec, runAction, systemClock, type ActionContext } from '@gitops-actions/kit';
import { publish, renderPublishSummary } from '@gitops-actions/image';
import { tmpdir } from 'node:os';
import { getInputs } from './inputs.js';

export function run(ctx: ActionContext = createContext()): Promise<void> {
  return runAction(
    'build and push the image',
    async ({ runner, inputs: raw, secrets, log }) => {
      const inputs = getInputs(raw);
      secrets.add(inputs.password);
      secrets.add(Buffer.from(`${inputs.username}:${inputs.password}`).toString('base64'));
      const result = await publish(inputs, {
        exec,
        log,
        clock: systemClock,
        env: process.env,
        workspace: process.env['GITHUB_WORKSPACE'] || process.cwd(),
        tempDir: process.env['RUNNER_TEMP'] || tmpdir(),
      });
      const name = inputs.image.name;
      const [tag = ''] = result.tags;
      runner.setOutput('tag', tag);
      runner.setOutput('tags', JSON.stringify(result.tags));
      runner.setOutput('image', `${name}:${tag}`);
      runner.setOutput('digest', result.digest);
      runner.setOutput('image-ref', result.digest ? `${name}@${result.digest}` : '');
      runner.setOutput('version', result.version);
      runner.setOutput('sha', result.sha);
      runner.appendSummary(renderPublishSummary(name, result));
    },
    ctx,
  );
}
