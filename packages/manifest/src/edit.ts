import { shown } from '@gitops-actions/kit';
import { ManifestError } from './errors.js';
import { editHelm } from './helm.js';
import { isValidDigest, isValidTag, parseImageReference } from './image-ref.js';
import { editKustomize } from './kustomize.js';
import { editManifest } from './k8s-manifest.js';
import type { EditOutcome, EditRequest, EditResult } from './types.js';

const FORMATS = ['helm', 'kustomize', 'manifest'];

/** Sets a tag and/or digest in one file's text, changing only the bytes of the target scalars. */
export function applyEdit(text: string, req: EditRequest): EditResult {
  const request = normalize(req);
  let outcome: EditOutcome;
  if (request.format === 'helm') outcome = editHelm(text, request);
  else outcome = (request.format === 'kustomize' ? editKustomize : editManifest)(text, withImage(request));
  return {
    text: outcome.text,
    changed: outcome.text !== text,
    changes: outcome.changes,
    previousTag: outcome.previousTag,
  };
}

/** Action inputs arrive as '' when unset; treat that as absent, then validate what is left. */
function normalize(req: EditRequest): EditRequest {
  const request: EditRequest = {
    ...req,
    image: req.image?.trim() || undefined,
    tag: req.tag?.trim() || undefined,
    digest: req.digest?.trim() || undefined,
    digestKey: req.digestKey?.trim() || undefined,
  };
  if (!FORMATS.includes(request.format)) {
    throw new ManifestError(
      `Unknown format ${shown(String(request.format))}: use helm, kustomize or manifest`,
    );
  }
  if (!request.tag && !request.digest)
    throw new ManifestError('Nothing to set: give a tag, a digest, or both');
  if (request.tag && !isValidTag(request.tag)) {
    throw new ManifestError(
      `Invalid tag ${shown(request.tag)}: a tag is 1-128 characters of letters, digits, '_', '.' and '-', ` +
        `not starting with '.' or '-'`,
    );
  }
  if (request.digest && !isValidDigest(request.digest)) {
    throw new ManifestError(
      `Invalid digest ${shown(request.digest)}: expected sha256: followed by 64 lowercase hex characters`,
    );
  }
  return request;
}

function withImage(request: EditRequest): EditRequest & { image: string } {
  const { image } = request;
  if (!image) {
    throw new ManifestError(
      `An image is required for format ${request.format}: the repository to update, e.g. ghcr.io/org/api`,
    );
  }
  const ref = parseImageReference(image);
  if (ref.tag !== null || ref.digest !== null || /\s/.test(image)) {
    throw new ManifestError(
      `Invalid image ${shown(image)}: give the repository only (e.g. ${shown(ref.repository)}) and pass the tag or digest separately`,
    );
  }
  return { ...request, image };
}
