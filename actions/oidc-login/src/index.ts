import { post, run } from './main.js';

// One bundle for both steps: the runner gives the post step the state the main step saved.
if (process.env['STATE_isPost'] === 'true') await post();
else await run();
