var __webpack_exports__ = {};

;// CONCATENATED MODULE: ./packages/kit/src/index.ts
const hello = () => 'hi';

;// CONCATENATED MODULE: ./actions/bump-manifest/src/index.ts

console.log(hello());

