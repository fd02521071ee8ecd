#!/usr/bin/env node
// The CLI is bundled with the actions (npm run build); this shim only starts it.
import '../../../dist/cli/index.js';
