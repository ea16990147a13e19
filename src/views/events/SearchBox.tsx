/** Placeholder until the view lands. */
export function SearchBox() {
  return <input data-testid="search" role="combobox" aria-expanded="false" aria-label="Search" />;
}
