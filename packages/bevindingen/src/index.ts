export { uitkeringenBevindingen } from './uitkeringen.ts';
export { doelgroepenBevindingen } from './doelgroepen.ts';
export { beschutWerkBevindingen } from './beschutwerk.ts';
export { BEGRIPPEN, STATUSSEN, type Status } from './begrippen.ts';
