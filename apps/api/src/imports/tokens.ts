/** The store's largest append, which bounds how many suggestions one import records. */
export const MAX_APPEND_BYTES = Symbol('MAX_APPEND_BYTES');
