// The files' history through GitHub's REST API: one commits listing per file (`path=`, at most the
// limit each), merged newest first, and a file read at a commit only when the walk reaches it.
// Loaded lazily: it pulls in Octokit.
import { parseReferenceCommit } from '@gitops-actions/bump';
import type { RepoClient } from '@gitops-actions/github';
import type { FileHistory, HistoryCommit } from './history.js';

export function apiHistory(client: RepoClient, branch: string, files: string[], limit: number): FileHistory {
  return {
    async commits() {
      const lists = await Promise.all(files.map((file) => client.listCommits(branch, file, limit)));
      const bySha = new Map<string, HistoryCommit>();
      for (const c of lists.flat()) {
        bySha.set(c.sha, {
          sha: c.sha,
          date: c.date,
          subject: c.message.split('\n')[0] ?? '',
          reference: parseReferenceCommit(c.message),
        });
      }
      // One file's list is in history order already; several are merged by committer date.
      const merged = [...bySha.values()];
      if (files.length > 1) merged.sort((a, b) => Date.parse(b.date) - Date.parse(a.date));
      return merged.slice(0, limit);
    },
    read: async (sha, file) => (await client.readFile(file, sha))?.text,
  };
}
