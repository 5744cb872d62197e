// Deliberately empty. tsconfig.base.json uses this folder as typeRoots, so that a dependency's
// `/// <reference types="node" />` (apache-arrow has several) resolves here instead of to
// @types/node, and code that must run in the browser cannot use Node's globals by accident.
// Node code extends tsconfig.node.json, which points typeRoots back at node_modules/@types.
export {};
