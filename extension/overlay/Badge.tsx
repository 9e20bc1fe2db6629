/** The small badge by a compose box while its draft would be flagged. Never takes focus by itself. */
import { LookIcon } from "./icons";

export interface BadgeProps {
  count: number;
  top: number;
  left: number;
  /** The click's position on screen: the guard checks it against the composer's submit control. */
  onOpen(point: { x: number; y: number }): void;
}

export function Badge({ count, top, left, onOpen }: BadgeProps) {
  const label =
    count === 1
      ? "Second Look: 1 thing to check before posting. Show details"
      : `Second Look: ${count} things to check before posting. Show details`;
  return (
    <button
      type="button"
      class="badge"
      style={{ top: `${top}px`, left: `${left}px` }}
      aria-label={label}
      title={label}
      // Keep the caret in the site's editor when the badge is clicked with a mouse.
      onMouseDown={(event) => event.preventDefault()}
      onClick={(event) => onOpen({ x: event.clientX, y: event.clientY })}
    >
      <LookIcon />
      {count}
    </button>
  );
}
