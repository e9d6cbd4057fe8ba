// The player's icons drawn as SVG (the Unicode media symbols ⏮ ⏸ ⏹ ⏭ are missing from many computers' fonts and
// show as empty boxes). Decorative: the button carries the name.
export type PlayerIconName = 'previous' | 'play' | 'pause' | 'stop' | 'next';

const PATHS: Record<PlayerIconName, string> = {
  previous: 'M6 5h2.5v14H6zM20 5v14L9.5 12z',
  play: 'M7 4.5v15L19.5 12z',
  pause: 'M6.5 5h4v14h-4zM13.5 5h4v14h-4z',
  stop: 'M6 6h12v12H6z',
  next: 'M15.5 5H18v14h-2.5zM4 5v14l10.5-7z',
};

/** `beforeLabel`: a visible label follows in the same button (a little space between them). */
export function PlayerIcon({ name, beforeLabel = false }: { name: PlayerIconName; beforeLabel?: boolean }) {
  return (
    <svg class={beforeLabel ? 'player-icon before-label' : 'player-icon'} viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill="currentColor" />
    </svg>
  );
}
