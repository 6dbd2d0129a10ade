import type { Context } from '../context.js';

/** Wired in when its engine lands (see the issue); does nothing yet. */
export function findQuotesStage(_ctx: Context): void {}
