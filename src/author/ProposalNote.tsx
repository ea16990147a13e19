/** Where a proposal came from ("from “ce mardi” · stated: weekday"), in small muted text. */
export function ProposalNote({ text }: { text: string }) {
  return <span className="author-note">{text}</span>;
}
