// The map from every operation of the spec (section 3) to its request and result types.
// `core.call('validate_claims', request)` is typed from here: an unknown operation name or
// a misspelt field fails `tsc --noEmit` (scripts/test). A new operation is one line here.
import type * as T from './types.ts';

export interface Operations {
  validate_claims: { request: T.ValidateClaimsRequest; result: T.ValidateClaimsResult };
  compute_payout: { request: T.ComputePayoutRequest; result: T.ComputePayoutResult };
  compute_lifecycle: { request: T.ComputeLifecycleRequest; result: T.ComputeLifecycleResult };
  preview_resolution: { request: T.PreviewResolutionRequest; result: T.PreviewResolutionResult };
  apply_adjustments: { request: T.ApplyAdjustmentsRequest; result: T.ApplyAdjustmentsResult };
  import_claims_csv: { request: T.ImportClaimsCsvRequest; result: T.ImportClaimsCsvResult };
  export_decisions_csv: { request: T.ExportDecisionsCsvRequest; result: T.ExportDecisionsCsvResult };
  import_decisions_csv: { request: T.ImportDecisionsCsvRequest; result: T.ImportDecisionsCsvResult };
  sniff_media_type: { request: T.SniffMediaTypeRequest; result: T.SniffMediaTypeResult };
  build_package: { request: T.BuildPackageRequest; result: T.BuildPackageResult };
  check_package: { request: T.CheckPackageRequest; result: T.CheckPackageResult };
  review_queue: { request: T.ReviewQueueRequest; result: T.ReviewQueueResult };
  simulate_rules: { request: T.SimulateRulesRequest; result: T.SimulateRulesResult };
  export_network_csv: { request: T.ExportNetworkCsvRequest; result: T.ExportNetworkCsvResult };
}

export type OperationName = keyof Operations;
export type RequestOf<Op extends OperationName> = Operations[Op]['request'];
export type ResultOf<Op extends OperationName> = Operations[Op]['result'];

/** The same names at run time (the worker refuses any other). Kept equal to the map by the type below. */
export const OPERATION_NAMES = [
  'validate_claims', 'compute_payout', 'compute_lifecycle', 'preview_resolution', 'apply_adjustments',
  'import_claims_csv', 'export_decisions_csv', 'import_decisions_csv', 'sniff_media_type',
  'build_package', 'check_package', 'review_queue', 'simulate_rules', 'export_network_csv',
] as const satisfies readonly OperationName[];

// Fails to compile when a name of the map is missing from the list.
type Missing = Exclude<OperationName, (typeof OPERATION_NAMES)[number]>;
const _allNamesListed: Missing extends never ? true : never = true;
void _allNamesListed;

export const isOperationName = (name: string): name is OperationName =>
  (OPERATION_NAMES as readonly string[]).includes(name);
