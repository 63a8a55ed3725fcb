/** Injection tokens of the transparency log's parts. */
export const LOG_KEYS = Symbol('LogKeys');
export const WITNESS_DIRECTORY = Symbol('WitnessDirectory');
export const WITNESS_SERVICE = Symbol('WitnessService');
export const CONFIG = Symbol('TransparencyConfig');
