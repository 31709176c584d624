export {
  createGitHubClient,
  isApiError,
  isPermissionDenied,
  type GitHubClient,
  type ClientOptions,
  type Logger,
  type ApiError,
} from './client.ts';
export {
  upsertComment,
  authenticatedLogin,
  apiUrlOf,
  commentMarker,
  fitComment,
  COMMENT_LIMIT,
  type UpsertCommentOptions,
  type UpsertOutcome,
} from './comments.ts';
export { publishReport, type PublishReportOptions, type PublishOutcome } from './publish.ts';
export { publishCheckRun, CHECK_TEXT_LIMIT, type CheckRunOptions } from './checks.ts';
export { proxyFor, proxyFetch } from './proxy.ts';
export {
  describeGitHubFailure,
  isRequestFailure,
  isGhesServer,
  apiHost,
  asNetworkError,
  GitHubNetworkError,
  NETWORK_REASONS,
  type GitHubFailure,
  type FailureKind,
  type FailureContext,
} from './errors.ts';
