/** A setting that stops the start, with a message naming the variable and what is wrong. */
export class ConfigError extends Error {}
