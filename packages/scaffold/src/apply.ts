// Writing the generated files without ever changing one a person may have edited: a missing file is
// written, an identical one skipped, a different one left alone and listed.
import type { GeneratedFile } from './types.js';

export interface ScaffoldPorts {
  /** The file's content, or undefined when there is none. */
  readFile(path: string): Promise<string | undefined>;
  /** Writes the file, creating its folders. */
  writeFile(path: string, content: string): Promise<void>;
}

export type FileStatus = 'wrote' | 'would write' | 'exists, identical' | 'exists, differs — left alone';

export interface FileOutcome {
  path: string;
  status: FileStatus;
}

export async function applyScaffold(
  files: readonly GeneratedFile[],
  ports: ScaffoldPorts,
  opts: { dryRun: boolean },
): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  for (const file of files) {
    const existing = await ports.readFile(file.path);
    let status: FileStatus;
    if (existing === file.content) status = 'exists, identical';
    else if (existing !== undefined) status = 'exists, differs — left alone';
    else if (opts.dryRun) status = 'would write';
    else {
      await ports.writeFile(file.path, file.content);
      status = 'wrote';
    }
    outcomes.push({ path: file.path, status });
  }
  return outcomes;
}

/** One line per file, status first, padded so the paths line up. */
export function renderOutcomes(outcomes: readonly FileOutcome[]): string[] {
  const width = Math.max(...outcomes.map((o) => o.status.length));
  return outcomes.map((o) => `${o.status.padEnd(width)}  ${o.path}`);
}
