// Fragments on an interface (`fragment EntityHeader on Entity`). graphql-codegen's client preset names their data
// once per implementing type (EntityHeader_Person_Fragment, …), and its `FragmentType` then asks for every one of
// those names at once, which no single entity has. `FragmentRef` asks for any one of them, and `unmask` is
// `useFragment` for such a reference: like it, it only changes the type (the data is the object itself).

// The result type a typed document carries (graphql's DocumentTypeDecoration, matched by its shape).
type ResultOf<D> = D extends { __apiType?: (...args: never[]) => infer T } ? T : never;

type AnyOf<T> = T extends { ' $fragmentName'?: infer K }
  ? K extends string
    ? { ' $fragmentRefs'?: { [key in K]: T } }
    : never
  : never;

/** A reference to the data of a fragment on an interface, for any one type that implements it. */
export type FragmentRef<D> = AnyOf<ResultOf<D>>;

/** The fields of a fragment on an interface, from a reference to them (see `FragmentRef`). */
export function unmask<D>(document: D, ref: FragmentRef<D>): ResultOf<D>;
export function unmask<D>(document: D, ref: readonly FragmentRef<D>[]): readonly ResultOf<D>[];
export function unmask<D>(_document: D, ref: FragmentRef<D> | readonly FragmentRef<D>[]): unknown {
  return ref;
}
