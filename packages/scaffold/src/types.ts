/** One file `init` generates: its path inside the GitOps repository and its whole content. */
export interface GeneratedFile {
  path: string;
  content: string;
}
