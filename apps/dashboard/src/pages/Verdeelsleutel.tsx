export function Verdeelsleutel() {
  return <h1>Verdeelsleutel</h1>;
}
