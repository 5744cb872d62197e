export { uitkeringenBevindingen } from './uitkeringen.ts';
export { doelgroepenBevindingen } from './doelgroepen.ts';
export { beschutWerkBevindingen } from './beschutwerk.ts';
export type { Gebied } from './zinnen.ts';
