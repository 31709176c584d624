/**
 * The GitHub REST operations the emulator implements, by their operationId in GitHub's OpenAPI
 * description. build-openapi-subset.ts extracts exactly these (and every schema they reference)
 * into openapi-subset.json; the emulator's router refuses a handler for anything not listed here.
 */
export const IMPLEMENTED_OPERATIONS = [
  // who am I, limits, the repository
  'users/get-authenticated',
  'rate-limit/get',
  'repos/get',
  // issues, comments, labels (PR comments are issue comments)
  'issues/list-for-repo',
  'issues/create',
  'issues/get',
  'issues/update',
  'issues/list-comments',
  'issues/list-comments-for-repo',
  'issues/create-comment',
  'issues/get-comment',
  'issues/update-comment',
  'issues/delete-comment',
  'issues/add-labels',
  'issues/list-labels-for-repo',
  'issues/create-label',
  'issues/get-label',
  'issues/update-label',
  'issues/delete-label',
  // pull requests
  'pulls/get',
  'pulls/list',
  // check runs, commit statuses
  'checks/create',
  'checks/update',
  'checks/get',
  'checks/list-for-ref',
  'repos/create-commit-status',
  'repos/list-commit-statuses-for-ref',
  'repos/get-combined-status-for-ref',
  // deployments
  'repos/create-deployment',
  'repos/list-deployments',
  'repos/get-deployment',
  'repos/delete-deployment',
  'repos/create-deployment-status',
  'repos/list-deployment-statuses',
  'repos/get-deployment-status',
  // releases and assets
  'repos/create-release',
  'repos/list-releases',
  'repos/get-release',
  'repos/get-latest-release',
  'repos/get-release-by-tag',
  'repos/update-release',
  'repos/delete-release',
  'repos/list-release-assets',
  'repos/upload-release-asset',
  'repos/get-release-asset',
  'repos/update-release-asset',
  'repos/delete-release-asset',
  // git refs and tags
  'git/get-ref',
  'git/list-matching-refs',
  'git/create-ref',
  'git/update-ref',
  'git/delete-ref',
  'git/create-tag',
  'git/get-tag',
  'repos/list-tags',
  // workflow run artifacts (served from the runtime services when connected, see useArtifactStore)
  'actions/list-artifacts-for-repo',
  'actions/list-workflow-run-artifacts',
  'actions/get-artifact',
  'actions/download-artifact',
  'actions/delete-artifact',
  // dispatch
  'repos/create-dispatch-event',
  'actions/create-workflow-dispatch',
] as const;

export type OperationId = (typeof IMPLEMENTED_OPERATIONS)[number];
