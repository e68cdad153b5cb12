// Placeholder while the network feature is being built.
export function NetworkPage() {
  return <p>…</p>;
}
