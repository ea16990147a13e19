/**
 * The × that closes a card or panel inside a view (place card, tie panel, bin card). One hook for testers
 * and scripts: `[data-testid="card-close"]`, whatever the card. `label` is its accessible name ("Close").
 */
export function CloseButton({ label, className, onClose }: { label: string; className: string; onClose(): void }) {
  return (
    <button type="button" className={`button button--quiet ${className}`} onClick={() => onClose()} aria-label={label} title={label} data-testid="card-close">
      ×
    </button>
  );
}
