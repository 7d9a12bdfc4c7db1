// Time bounds that guard against a freeze (a quadratic scan, a runaway regex) are judged on the process's CPU time, not
// the wall clock: other work on a loaded machine lengthens the wall time of a check but not the CPU time it uses.

/** The CPU time (user + system, all the process's threads) `run` took, in ms, and its result. */
export function cpuTime<T>(run: () => T): { ms: number; result: T } {
  const before = process.cpuUsage();
  const result = run();
  const used = process.cpuUsage(before);
  return { ms: (used.user + used.system) / 1000, result };
}
