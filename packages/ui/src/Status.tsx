import type { ReactNode } from 'react';

/** A visible, announced loading state. */
export function Laden({ tekst = 'Gegevens laden…' }: { tekst?: string }) {
  return (
    <p className="status status-laden" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" /> {tekst}
    </p>
  );
}

/** A visible, announced error with what to do. */
export function Fout({ titel = 'Er ging iets mis', children }: { titel?: string; children: ReactNode }) {
  return (
    <div className="status status-fout" role="alert">
      <strong>{titel}</strong>
      <div>{children}</div>
    </div>
  );
}

/** "No data" said in words, never shown as zero. */
export function GeenGegevens({ children }: { children: ReactNode }) {
  return <p className="status status-leeg">{children}</p>;
}

/** Problems as a list under one heading (nothing when there are none), e.g. why a file was refused. */
export function Foutenlijst({ titel, meldingen }: { titel: string; meldingen: readonly string[] }) {
  return meldingen.length ? (
    <Fout titel={titel}>
      <ul>
        {meldingen.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
    </Fout>
  ) : null;
}

/** An announced confirmation ("3 weergaven geïmporteerd."); nothing when there is none. */
export function Gelukt({ children }: { children: ReactNode }) {
  return children ? (
    <p role="status" className="signaal signaal-ok">
      {children}
    </p>
  ) : null;
}
