import type { Logger } from '@gitops-actions/kit';
import { appsTouched, type AppRule } from './app-map.js';
import { changedFiles, type ChangesPorts } from './changed-files.js';

export interface ChangedApps {
  /** The commit the change is measured from. */
  base: string;
  files: string[];
  apps: string[];
}

/** The apps a push touches: the paths changed since `before`, matched against the app map. */
export async function changedApps(
  opts: { cwd: string; before: string; rules: readonly AppRule[]; inputNames?: { path: string } },
  ports: ChangesPorts & { log: Logger },
): Promise<ChangedApps> {
  const { base, files } = await changedFiles(opts.cwd, opts.before, ports, opts.inputNames?.path);
  const apps = appsTouched(files, opts.rules);
  ports.log.info(
    `${files.length} path(s) changed since ${base.slice(0, 7)}; apps touched: ${apps.join(', ') || 'none'}`,
  );
  return { base, files, apps };
}
