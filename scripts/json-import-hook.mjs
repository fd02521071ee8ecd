// Lets plain Node import JSON modules that were written for bundlers (no `with { type: 'json' }`),
// as @actions/workflow-parser does. Loaded with module.register() by validate-workflows.mjs.
export async function load(url, context, nextLoad) {
  if (url.endsWith('.json') && !context.importAttributes?.type) {
    return nextLoad(url, { ...context, importAttributes: { ...context.importAttributes, type: 'json' } });
  }
  return nextLoad(url, context);
}
