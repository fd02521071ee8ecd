#!/usr/bin/env node
// The CLI is bundled with the actions (npm run build); this shim only starts it.
// eslint-disable-next-line import-x/no-relative-packages -- the committed bundle, a build output, not a package
import '../../../dist/cli/index.js';
