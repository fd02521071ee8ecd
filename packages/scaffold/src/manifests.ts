// The service's own manifests: a minimal Helm chart with per-environment values, or a Kustomize base
// with per-environment overlays. The tag sits where bump-manifest looks by default (`image.tag`,
// the overlay's `images:` entry named after the image), so the first deploy just bumps it.
import { stringify } from 'yaml';
import { envFile, isProduction, namespaceOf, sharedFolder } from './layout.js';
import type { ScaffoldRequest } from './request.js';
import type { GeneratedFile } from './types.js';

const yaml = (value: unknown): string => stringify(value, { lineWidth: 0 });

function deployment(req: ScaffoldRequest, replicas: string | number, image: string): string {
  const name = req.service;
  return [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    `  name: ${name}`,
    `  labels: { app.kubernetes.io/name: ${name} }`,
    'spec:',
    `  replicas: ${replicas}`,
    `  selector: { matchLabels: { app.kubernetes.io/name: ${name} } }`,
    '  template:',
    `    metadata: { labels: { app.kubernetes.io/name: ${name} } }`,
    '    spec:',
    '      containers:',
    `        - name: ${name}`,
    `          image: ${image}`,
    '          ports: [{ name: http, containerPort: 8080 }]',
    '',
  ].join('\n');
}

function service(req: ScaffoldRequest): string {
  const name = req.service;
  return [
    'apiVersion: v1',
    'kind: Service',
    'metadata:',
    `  name: ${name}`,
    `  labels: { app.kubernetes.io/name: ${name} }`,
    'spec:',
    `  selector: { app.kubernetes.io/name: ${name} }`,
    '  ports: [{ name: http, port: 80, targetPort: http }]',
    '',
  ].join('\n');
}

function helmFiles(req: ScaffoldRequest): GeneratedFile[] {
  const chart = sharedFolder(req);
  const image =
    '"{{ .Values.image.repository }}{{ if .Values.image.digest }}@{{ .Values.image.digest }}{{ else }}:{{ .Values.image.tag }}{{ end }}"';
  const files: GeneratedFile[] = [
    {
      path: `${chart}/Chart.yaml`,
      content: yaml({ apiVersion: 'v2', name: req.service, version: '0.1.0', type: 'application' }),
    },
    {
      path: `${chart}/values.yaml`,
      content: yaml({ replicaCount: 1, image: { repository: req.image, tag: req.tag, digest: '' } }),
    },
    {
      path: `${chart}/templates/deployment.yaml`,
      content: deployment(req, '{{ .Values.replicaCount }}', image),
    },
    { path: `${chart}/templates/service.yaml`, content: service(req) },
  ];
  for (const env of req.environments) {
    files.push({
      path: envFile(req, env),
      content: [
        `# Helm values of ${req.service} in ${env} (chart: ${chart}).`,
        `# image.tag (and image.digest) are set by CI: ${env === req.environments[0] ? 'bump-manifest (dev-deploy.yml)' : 'the promotion pull request (promote.yml)'}.`,
        yaml({
          replicaCount: isProduction(req, env) ? 2 : 1,
          image: { repository: req.image, tag: req.tag, digest: '' },
        }),
      ].join('\n'),
    });
  }
  return files;
}

function kustomizeFiles(req: ScaffoldRequest): GeneratedFile[] {
  const base = sharedFolder(req);
  const files: GeneratedFile[] = [
    {
      path: `${base}/kustomization.yaml`,
      content: yaml({
        apiVersion: 'kustomize.config.k8s.io/v1beta1',
        kind: 'Kustomization',
        resources: ['deployment.yaml', 'service.yaml'],
      }),
    },
    { path: `${base}/deployment.yaml`, content: deployment(req, 1, req.image) },
    { path: `${base}/service.yaml`, content: service(req) },
  ];
  for (const env of req.environments) {
    files.push({
      path: envFile(req, env),
      content: [
        `# ${req.service} in ${env}; the images: entry's newTag (and digest) is set by CI.`,
        yaml({
          apiVersion: 'kustomize.config.k8s.io/v1beta1',
          kind: 'Kustomization',
          namespace: namespaceOf(req, env),
          resources: [`../../../${base}`],
          images: [{ name: req.image, newTag: req.tag }],
        }),
      ].join('\n'),
    });
  }
  return files;
}

export function manifestFiles(req: ScaffoldRequest): GeneratedFile[] {
  return req.layout === 'helm' ? helmFiles(req) : kustomizeFiles(req);
}
