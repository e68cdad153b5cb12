// Placeholder while the connection feature is being built.
export function ConnectionPage() {
  return <p>…</p>;
}
