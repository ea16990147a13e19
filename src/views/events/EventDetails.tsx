/** Placeholder until the view lands. */
export function EventDetails() {
  return null;
}
