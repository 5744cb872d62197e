/**
 * Runs a command's main function and exits with its code; an unexpected error is printed (by
 * `melding`, which may also choose the exit code) and exits non-zero.
 */
export function voerUit(main: () => Promise<number>, melding: (e: unknown) => { tekst: string; code: number } = (e) => ({ tekst: String(e instanceof Error ? e.message : e), code: 1 })): void {
  main().then(
    (code) => process.exit(code),
    (e) => {
      const m = melding(e);
      console.error(m.tekst);
      process.exit(m.code);
    },
  );
}
