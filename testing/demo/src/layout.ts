// What the sandbox's repositories hold: a GitOps repository laid out both ways this project edits
// (Helm values per environment over a chart, Kustomize overlays over a base) and a tiny service.

export const OLD_TAG = '1.3.0-0a1b2c3';
export const OLD_DIGEST = `sha256:${'c0ffee00'.repeat(8)}`;

/** Argo CD applications and the GitOps paths they reconcile from. */
export const APPS = { dev: 'api-dev', staging: 'api-staging', prod: 'api-prod' } as const;
export type Env = keyof typeof APPS;
/** The promotion chain, in order: each environment is promoted from the one before it. */
export const ENVS: readonly Env[] = ['dev', 'staging', 'prod'];

/** The files a deploy to `env` edits: the Helm values Argo CD renders, and the Kustomize overlay. */
export function envFiles(env: Env): string[] {
  return [`envs/${env}/api/values.yaml`, `overlays/${env}/kustomization.yaml`];
}

/** `<path glob>=<app>` lines, the `app-map` input of wait-deploy.yml. */
export const APP_MAP = [
  'envs/dev/*=api-dev',
  'overlays/dev/*=api-dev',
  'envs/staging/*=api-staging',
  'overlays/staging/*=api-staging',
  'envs/prod/*=api-prod',
  'overlays/prod/*=api-prod',
].join('\n');

const chart = {
  'charts/api/Chart.yaml': 'apiVersion: v2\nname: api\nversion: 0.1.0\nappVersion: "1.3.0"\n',
  'charts/api/values.yaml': 'replicaCount: 1\nimage:\n  repository: ""\n  tag: ""\n  digest: ""\n',
  'charts/api/templates/deployment.yaml': [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: api',
    'spec:',
    '  replicas: {{ .Values.replicaCount }}',
    '  selector: { matchLabels: { app: api } }',
    '  template:',
    '    metadata: { labels: { app: api } }',
    '    spec:',
    '      containers:',
    '        - name: api',
    '          image: "{{ .Values.image.repository }}{{ if .Values.image.digest }}@{{ .Values.image.digest }}{{ else }}:{{ .Values.image.tag }}{{ end }}"',
    '',
  ].join('\n'),
};

const REPLICAS: Record<Env, number> = { dev: 1, staging: 2, prod: 3 };

function helmValues(env: Env, image: string): string {
  return [
    `# Helm values of the api service in ${env} (chart: charts/api)`,
    `replicaCount: ${REPLICAS[env]}`,
    'image:',
    `  repository: ${image}`,
    '  # set by CI: bump-manifest (dev) and the promotion pull requests (staging, prod)',
    `  tag: "${OLD_TAG}"`,
    `  digest: "${OLD_DIGEST}"`,
    '',
  ].join('\n');
}

function overlay(env: Env, image: string): string {
  return [
    'apiVersion: kustomize.config.k8s.io/v1beta1',
    'kind: Kustomization',
    `namespace: api-${env}`,
    'resources:',
    '  - ../../base',
    'images:',
    `  - name: ${image}`,
    `    newTag: ${OLD_TAG} # set by CI`,
    `    digest: ${OLD_DIGEST}`,
    '',
  ].join('\n');
}

const base = {
  'base/kustomization.yaml': 'resources:\n  - deployment.yaml\n',
  'base/deployment.yaml': chart['charts/api/templates/deployment.yaml']
    .replace('{{ .Values.replicaCount }}', '1')
    .replace(/"\{\{.*\}\}"/, 'api'),
};

export function gitopsFiles(image: string): Record<string, string> {
  return {
    'README.md':
      '# acme/gitops\n\nWhat runs where. Argo CD reconciles from this repository; CI only commits.\n',
    ...chart,
    ...base,
    ...Object.fromEntries(
      ENVS.flatMap((env) => [
        [`envs/${env}/api/values.yaml`, helmValues(env, image)],
        [`overlays/${env}/kustomization.yaml`, overlay(env, image)],
      ]),
    ),
  };
}

export function serviceFiles(version: string): Record<string, string> {
  return {
    Dockerfile: [
      'FROM localhost/busybox:latest',
      'COPY package.json server.sh /app/',
      'EXPOSE 8080',
      'CMD ["/bin/sh", "/app/server.sh"]',
      '',
    ].join('\n'),
    'package.json': `${JSON.stringify({ name: 'api', version, private: true }, null, 2)}\n`,
    'server.sh': 'exec httpd -f -p 8080 -h /app\n',
  };
}
