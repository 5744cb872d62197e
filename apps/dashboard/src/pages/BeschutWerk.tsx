export function BeschutWerk() {
  return <h1>BeschutWerk</h1>;
}
