/**
 * What a service API call answers, as a value (never thrown): success with the ids the API returns, or the
 * error code and message the service would send (REFERENCE §7.3, §12).
 */
export type ServiceAnswer =
  | { readonly ok: true; readonly requestId: string; readonly eventId?: number }
  | { readonly ok: false; readonly requestId: string; readonly code: string; readonly message: string }
