// Errors of the API (application/problem+json with a stable code and per-field messages).

export interface FieldError {
  field: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | undefined,
    message: string,
    readonly errors: FieldError[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The message for one form field (matching the field's name or its last path segment). */
  fieldMessage(field: string): string | undefined {
    return this.errors.find((e) => fieldMatches(e.field, field))?.message;
  }
}

export function problemOf(status: number, body: unknown, statusText = ''): ApiError {
  if (body && typeof body === 'object') {
    const b = body as Record<string, unknown>;
    const errors = Array.isArray(b.errors)
      ? b.errors
          .filter((e): e is FieldError => !!e && typeof e === 'object' && typeof (e as FieldError).field === 'string')
          .map((e) => ({ field: e.field, message: String(e.message ?? '') }))
      : [];
    const message =
      (typeof b.detail === 'string' && b.detail) || (typeof b.title === 'string' && b.title) || statusText || `HTTP ${status}`;
    return new ApiError(status, typeof b.code === 'string' ? b.code : undefined, message, errors);
  }
  return new ApiError(status, undefined, statusText || `HTTP ${status}`);
}

/** What a failed call threw, as an ApiError (anything else, e.g. a network failure, as status 0 with its text). */
export function apiErrorOf(thrown: unknown): ApiError {
  return thrown instanceof ApiError ? thrown : new ApiError(0, undefined, String(thrown));
}

/** Whether an error's field (a JSON pointer like /name/family, or a dotted or plain name) names a form field. */
export function fieldMatches(errorField: string, formField: string): boolean {
  const normal = errorField.replace(/^\//, '').replace(/\//g, '.');
  return normal === formField || normal.startsWith(`${formField}.`) || normal.endsWith(`.${formField}`);
}
