/**
 * Limits of the service that both the validator and the edit commands enforce (REFERENCE Appendix A): kept in
 * one place so the rule that reports a flow and the rule that refuses an edit cannot drift apart.
 */
export const MAX_PARALLEL_BRANCHES = 100
