import type { TimelineStrings } from './strings';

/** Play/Pause (CONTRACT §4 `play`): its name says what a press will do, aria-pressed says it is playing. */
export function PlayButton({ playing, onToggle, t }: { playing: boolean; onToggle(): void; t: TimelineStrings }) {
  return (
    <button type="button" className="button timeline__play" data-testid="play" aria-pressed={playing} onClick={onToggle} title={t.playHint}>
      <svg width="10" height="10" viewBox="0 0 10 10" aria-hidden="true">
        {playing ? <path d="M1,0h3v10h-3zM6,0h3v10h-3z" /> : <path d="M1,0l8.5,5l-8.5,5z" />}
      </svg>
      <span>{playing ? t.pause : t.play}</span>
    </button>
  );
}
