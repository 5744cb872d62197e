import { zonderStuurtekens } from '@pw/model';

/**
 * The command line's only way to print (the lint forbids console and process.stdout/stderr in the
 * other files). Everything printed may hold text from a file (a file name, a header, a value in a
 * message), so it passes one filter: no escape sequences, carriage returns, NUL or direction
 * overrides can reach the terminal. Tab and line feed stay.
 */
export function toon(tekst: string): void {
  console.log(zonderStuurtekens(tekst));
}

/** A message for the user, on stderr (problems, progress, help). */
export function meld(tekst: string): void {
  console.error(zonderStuurtekens(tekst));
}

/** Output meant for a file or a pipe (figures as CSV or JSON): written whole before the process exits. */
export async function schrijfUitvoer(tekst: string): Promise<void> {
  // CSV ends its records with CRLF (RFC 4180): that pair stays, a lone carriage return goes.
  const schoon = tekst.split('\r\n').map((regel) => zonderStuurtekens(regel)).join('\r\n');
  await new Promise<void>((klaar, mis) => process.stdout.write(schoon, (e) => (e ? mis(e) : klaar())));
}

/** A progress line that overwrites itself on a terminal (nothing when stderr is not a terminal). */
export function voortgangsregel(tekst: string | null): void {
  if (!process.stderr.isTTY) return;
  process.stderr.write(tekst === null ? `\r${' '.repeat(100)}\r` : `\r${zonderStuurtekens(tekst, { regels: false }).slice(0, 100).padEnd(100)}`);
}

/** A problem the user can fix, already in Dutch with its Oplossing; `code` is the exit code. */
export class Gebruikersfout extends Error {
  constructor(
    readonly regels: readonly string[],
    readonly code = 2,
  ) {
    super(regels.join('\n'));
    this.name = 'Gebruikersfout';
  }
}

const SYSTEEMFOUTEN: Record<string, string> = {
  ENOENT: 'bestaat niet',
  EACCES: 'is niet toegankelijk (geen leesrecht of schrijfrecht)',
  EPERM: 'is niet toegankelijk (geen toestemming)',
  EISDIR: 'is een map, geen bestand',
  ENOTDIR: 'is geen map',
  ENOSPC: 'kan niet worden geschreven: de schijf is vol',
  EROFS: 'kan niet worden geschreven: alleen-lezen',
  EMFILE: 'kan niet worden geopend: te veel open bestanden',
};

/** Node's parseArgs errors (an unknown option, a missing value) in Dutch. */
function argumentfout(e: unknown): string | null {
  const code = (e as { code?: unknown }).code;
  if (!(e instanceof Error) || typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS_')) return null;
  const optie = /'(-[^'\s]*)/.exec(e.message)?.[1] ?? '';
  const wat =
    code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? `Onbekende optie ${optie}.`
    : code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' ? `De optie ${optie} verwacht een waarde (of juist geen).`
    : 'Deze opdracht neemt geen losse argumenten.';
  return `${wat} Oplossing: gebruik --help voor de opties.`;
}

/** DuckDB's own messages ("Parser Error: …", "Conversion Error: …"): English, SQL, possibly a value from a file. */
const ENGINEFOUT = /^[A-Z][A-Za-z ]{1,30} Error: /;

/**
 * The text for an error that reached the top: a Gebruikersfout or another error of ours as it is
 * (Dutch, with its Oplossing); a file-system error in Dutch with its path; for a programming error
 * or an engine error only that it happened, never JavaScript's or DuckDB's own message.
 */
export function foutTekst(e: unknown): { tekst: string; code: number } {
  if (e instanceof Gebruikersfout) return { tekst: e.message, code: e.code };
  const optie = argumentfout(e);
  if (optie) return { tekst: optie, code: 2 };
  const systeem = e as { code?: unknown; path?: unknown };
  if (e instanceof Error && typeof systeem.code === 'string' && systeem.code in SYSTEEMFOUTEN) {
    const pad = typeof systeem.path === 'string' ? systeem.path : 'Een bestand';
    return { tekst: `${pad} ${SYSTEEMFOUTEN[systeem.code]}. Oplossing: controleer het pad en de rechten, en probeer het opnieuw.`, code: 1 };
  }
  const programmeerfout = e instanceof TypeError || e instanceof RangeError || e instanceof ReferenceError || e instanceof SyntaxError;
  if (e instanceof Error && !programmeerfout && !ENGINEFOUT.test(e.message)) return { tekst: e.message, code: 1 };
  const soort = e instanceof Error ? e.name : typeof e;
  return { tekst: `Er ging iets onverwachts mis in pw-monitor (${soort}); er is niets geschreven. Oplossing: probeer het opnieuw; blijft het gebeuren, meld het dan bij de beheerder van pw-monitor met de opdracht die u gaf.`, code: 1 };
}

/**
 * Runs a command's main function and exits with its code; an unexpected error is printed (by
 * `melding`, which may also choose the exit code) and exits non-zero.
 */
export function voerUit(main: () => Promise<number>, melding: (e: unknown) => { tekst: string; code: number } = foutTekst): void {
  main().then(
    (code) => process.exit(code),
    (e) => {
      const m = melding(e);
      meld(m.tekst);
      process.exit(m.code);
    },
  );
}
