export function Doelgroepen() {
  return <h1>Doelgroepen</h1>;
}
