// V8 optimises a function once it has run about 66 KB of bytecode (its interrupt budget). The figure and number
// readers are large, and TurboFan spends more CPU compiling them — and again after each deoptimisation — than their
// optimised code saves in a short run: the CLI's `check` of one report (45 of 230 ms at 20k), a batch (a third), and
// the language server's first edits after opening a report (below). Eight times that budget optimises only what
// stays hot.
import { setFlagsFromString } from 'node:v8';

/**
 * Raises V8's optimisation budget eightfold (--interrupt-budget, default 67,584). The flag is process-wide: set it
 * before the code that should take it is compiled — a bundle loaded or a worker thread started afterwards.
 */
export function raiseOptimisationBudget(): void {
  setFlagsFromString('--interrupt-budget=540672');
}

/**
 * Compiles each regular expression straight to machine code (--no-regexp-tier-up). By default V8 compiles a pattern
 * to bytecode for its first match and again to machine code for the next: a check's first run through the rules'
 * hundreds of patterns paid both compiles for most of them (≈25 ms of CPU in `check` of a 20k report). Process-wide,
 * like the budget: set it before the code that uses the patterns runs.
 */
export function compileRegExpsOnce(): void {
  setFlagsFromString('--no-regexp-tier-up');
}
