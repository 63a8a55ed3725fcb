/** Injection tokens of the transparency log's parts. */
export const LOG_KEYS = Symbol('LogKeys');
export const WITNESS_DIRECTORY = Symbol('WitnessDirectory');
export const WITNESS_SERVICE = Symbol('WitnessService');
export const CONFIG = Symbol('TransparencyConfig');
/** The tree's own SQLite file (checkpoints and witness state beside it). */
export const TREE_DB = Symbol('TreeDatabase');
/** What keeps the tree level with the log: a worker thread in the built API, this thread otherwise. */
export const TREE_MAINTAINER = Symbol('TreeMaintainer');
