/** How a command hands its exit status back to main (commander actions return nothing useful). */
export type ReportStatus = (status: number) => void;

/** Wraps an async command body so its result becomes the process's exit status. */
export function reporting<A extends unknown[]>(report: ReportStatus, body: (...args: A) => Promise<number>) {
  return async (...args: A): Promise<void> => report(await body(...args));
}
