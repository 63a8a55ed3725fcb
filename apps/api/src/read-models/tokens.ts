/** Injection token of the read models' SQLite database. */
export const READ_MODELS = Symbol('ReadModels');
