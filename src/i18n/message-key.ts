import type { en } from './en.js';

/** Every message's key: the English catalogue's, which the Japanese one must match exactly. */
export type MessageKey = keyof typeof en;
