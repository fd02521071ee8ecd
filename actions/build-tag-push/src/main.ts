import { basicAuth, defineAction, runnerPorts } from '@gitops-actions/kit';
import { publish, renderPublishSummary } from '@gitops-actions/image';
import { getInputs } from './inputs.js';

export const run = defineAction({
  operation: 'build and push the image',
  inputs: getInputs,
  secrets: (i) => [i.password, basicAuth(i.username, i.password), ...i.buildSecrets.map((s) => s.value)],
  run: (inputs, { log }) => publish(inputs, runnerPorts(log)),
  outputs: (result, { image: { name } }) => {
    const [tag = ''] = result.tags;
    return {
      tag,
      tags: JSON.stringify(result.tags),
      image: `${name}:${tag}`,
      digest: result.digest,
      'image-ref': result.digest ? `${name}@${result.digest}` : '',
      version: result.version,
      sha: result.sha,
    };
  },
  summary: (result, inputs) => renderPublishSummary(inputs.image.name, result),
});
