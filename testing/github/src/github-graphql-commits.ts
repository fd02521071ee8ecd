// The commit operations this project sends over GraphQL.
import type { GraphqlResolver } from './github-graphql.js';

export const COMMIT_QUERIES: Record<string, GraphqlResolver> = {};
export const COMMIT_MUTATIONS: Record<string, GraphqlResolver> = {};
