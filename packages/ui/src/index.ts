export { Grafiek } from './Grafiek.tsx';
export { Tabel } from './Tabel.tsx';
export { Tegel } from './Tegel.tsx';
export { Bron } from './Bron.tsx';
export { Laden, Fout, Foutenlijst, GeenGegevens, Gelukt } from './Status.tsx';
export { ExportContext, EXPORTLABELS } from './Export.tsx';
export { useTweeling, VerzamelContext } from './tweeling.ts';
export { biedAan } from './exporteren.ts';
export { GrafiekInstelling } from './instelling.ts';
