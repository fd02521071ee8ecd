// The CLI's library face (the bundle entry is bin.ts): run it in-process with your own io.
export { main, type CliIo } from './main.js';
export { LogFilter } from './log-filter.js';
