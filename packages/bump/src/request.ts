import type { Format } from '@gitops-actions/manifest';

export type FormatChoice = 'auto' | Format;

/** Everything a bump needs, already validated (the action's inputs.ts builds it). */
export interface BumpRequest {
  /** Clone URL of the GitOps repository. */
  url: string;
  /** `owner/name` when the repository is on GITHUB_SERVER_URL, for links; null for other URLs. */
  repository: string | null;
  serverUrl: string;
  token: string;
  branch: string;
  files: string[];
  image: string;
  tag: string;
  digest: string;
  key: string;
  digestKey: string;
  format: FormatChoice;
  createMissing: boolean;
  commitMessage: string;
  author: { name: string; email: string };
  maxAttempts: number;
  dryRun: boolean;
}
