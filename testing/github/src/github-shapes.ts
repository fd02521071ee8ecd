// Response bodies shaped like GitHub's schemas (`simple-user`, `pull-request`, `git-commit`, ...) for
// every field this project reads, plus the usual required neighbours so Octokit users see no gaps.
import { createHash } from 'node:crypto';
import type { CommitData } from './github-git-data.js';

export interface Urls {
  api: string;
  server: string;
}

export const FIXED_TIME = '2024-01-01T00:00:00Z';

/** Stable small integers for ids, derived from a name, so answers are reproducible. */
export function idOf(text: string): number {
  return createHash('sha1').update(text).digest().readUInt32BE(0) % 100_000_000;
}

export function nodeId(kind: string, text: string): string {
  return Buffer.from(`${kind}:${idOf(text)}`)
    .toString('base64')
    .replace(/=+$/, '');
}

export function simpleUser(urls: Urls, login: string, type: 'User' | 'Bot' | 'Organization' = 'User') {
  // GitHub escapes a bot's brackets in its links (`github-actions%5Bbot%5D`): they are no URI's characters.
  const path = encodeURIComponent(login);
  const api = `${urls.api}/users/${path}`;
  return {
    login,
    id: idOf(`user:${login}`),
    node_id: nodeId('U', login),
    avatar_url: `${urls.server}/avatars/${path}`,
    gravatar_id: '',
    url: api,
    html_url: `${urls.server}/${path}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: login.endsWith('[bot]') ? 'Bot' : type,
    site_admin: false,
    user_view_type: 'public',
  };
}

export function repository(urls: Urls, fullName: string, defaultBranch: string) {
  const [owner = '', name = ''] = fullName.split('/');
  const api = `${urls.api}/repos/${fullName}`;
  return {
    id: idOf(`repo:${fullName}`),
    node_id: nodeId('R', fullName),
    name,
    full_name: fullName,
    owner: simpleUser(urls, owner, 'Organization'),
    private: true,
    html_url: `${urls.server}/${fullName}`,
    description: null,
    fork: false,
    url: api,
    git_url: `${urls.server.replace(/^https?/, 'git')}/${fullName}.git`,
    clone_url: `${urls.server}/${fullName}.git`,
    ssh_url: `git@sandbox:${fullName}.git`,
    svn_url: `${urls.server}/${fullName}`,
    default_branch: defaultBranch,
    visibility: 'private',
    archived: false,
    disabled: false,
    created_at: FIXED_TIME,
    updated_at: FIXED_TIME,
    pushed_at: FIXED_TIME,
    allow_auto_merge: true,
    allow_merge_commit: true,
    allow_squash_merge: true,
    allow_rebase_merge: true,
    permissions: { admin: false, maintain: false, push: true, triage: true, pull: true },
  };
}

export function gitCommit(urls: Urls, fullName: string, c: CommitData) {
  const api = `${urls.api}/repos/${fullName}/git`;
  return {
    sha: c.sha,
    node_id: nodeId('C', c.sha),
    url: `${api}/commits/${c.sha}`,
    html_url: `${urls.server}/${fullName}/commit/${c.sha}`,
    author: c.author,
    committer: c.committer,
    message: c.message.replace(/\n$/, ''),
    tree: { sha: c.tree, url: `${api}/trees/${c.tree}` },
    parents: c.parents.map((p) => ({
      sha: p,
      url: `${api}/commits/${p}`,
      html_url: `${urls.server}/${fullName}/commit/${p}`,
    })),
    // GitHub signs commits made through the API with a GITHUB_TOKEN or an App token.
    verification: {
      verified: true,
      reason: 'valid',
      signature: null,
      payload: null,
      verified_at: FIXED_TIME,
    },
  };
}

/** The `commit` schema (compare and commits endpoints), which wraps the git commit. */
export function restCommit(urls: Urls, fullName: string, c: CommitData, login: (email: string) => string) {
  const git = gitCommit(urls, fullName, c);
  return {
    sha: c.sha,
    node_id: git.node_id,
    url: `${urls.api}/repos/${fullName}/commits/${c.sha}`,
    html_url: git.html_url,
    comments_url: `${urls.api}/repos/${fullName}/commits/${c.sha}/comments`,
    commit: {
      url: git.url,
      author: git.author,
      committer: git.committer,
      message: git.message,
      comment_count: 0,
      tree: git.tree,
      verification: git.verification,
    },
    author: simpleUser(urls, login(c.author.email)),
    committer: simpleUser(urls, login(c.committer.email)),
    parents: c.parents.map((p) => ({
      sha: p,
      url: `${urls.api}/repos/${fullName}/commits/${p}`,
      html_url: `${urls.server}/${fullName}/commit/${p}`,
    })),
  };
}

export function ref(urls: Urls, fullName: string, name: string, sha: string) {
  return {
    ref: name,
    node_id: nodeId('REF', `${fullName}:${name}`),
    url: `${urls.api}/repos/${fullName}/git/${name}`,
    object: { type: 'commit', sha, url: `${urls.api}/repos/${fullName}/git/commits/${sha}` },
  };
}

export interface LabelRecord {
  name: string;
  color: string;
  description: string | null;
}

export function label(urls: Urls, fullName: string, l: LabelRecord) {
  return {
    id: idOf(`label:${fullName}:${l.name}`),
    node_id: nodeId('LA', `${fullName}:${l.name}`),
    url: `${urls.api}/repos/${fullName}/labels/${encodeURIComponent(l.name)}`,
    name: l.name,
    description: l.description,
    color: l.color,
    default: false,
  };
}

export function team(urls: Urls, org: string, slug: string) {
  return {
    id: idOf(`team:${org}/${slug}`),
    node_id: nodeId('T', `${org}/${slug}`),
    url: `${urls.api}/orgs/${org}/teams/${slug}`,
    html_url: `${urls.server}/orgs/${org}/teams/${slug}`,
    name: slug,
    slug,
    description: null,
    privacy: 'closed',
    notification_setting: 'notifications_enabled',
    permission: 'push',
    members_url: `${urls.api}/orgs/${org}/teams/${slug}/members{/member}`,
    repositories_url: `${urls.api}/orgs/${org}/teams/${slug}/repos`,
    parent: null,
    type: 'organization',
  };
}
