import { hello } from '@gitops-actions/kit';
console.log(hello());
