export { Grafiek } from './Grafiek.tsx';
export { Tabel } from './Tabel.tsx';
export { Tegel } from './Tegel.tsx';
export { Bron } from './Bron.tsx';
export { Laden, Fout, Foutenlijst, GeenGegevens, Gelukt } from './Status.tsx';
export { ExportContext, ExportKnoppen, type Exportomgeving } from './Export.tsx';
export { tabelNaarWerkblad, werkbladCsv, bestandsnaam, biedAan } from './exporteren.ts';
export { GrafiekInstelling, type Grafiekinstelling } from './instelling.ts';
