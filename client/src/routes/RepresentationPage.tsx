// Placeholder while the representation feature is being built.
export function RepresentationPage() {
  return <p>…</p>;
}
