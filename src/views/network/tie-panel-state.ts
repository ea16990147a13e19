/** What the tie panel shows: the ties of one actor (keyboard: T on a node), or the events behind one tie. */
export type TiePanelState =
  | { kind: 'list'; actor: string }
  | { kind: 'tie'; a: string; b: string; /** The actor whose list led here, for the Back button. */ from: string | null };
