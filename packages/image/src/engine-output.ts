import { displayUrl } from '@gitops-actions/kit';

const URL_IN_TEXT = /\bhttps?:\/\/[^\s"'<>`]+/g;

/**
 * An engine's output lines, blank ones dropped, with every URL in them shown as kit's displayUrl: an
 * upload URL's query carries session state, and a URL's userinfo a credential.
 */
export function engineLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim().replace(URL_IN_TEXT, (url) => displayUrl(url)))
    .filter(Boolean);
}
