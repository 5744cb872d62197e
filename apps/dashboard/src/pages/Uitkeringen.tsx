export function Uitkeringen() {
  return <h1>Uitkeringen</h1>;
}
