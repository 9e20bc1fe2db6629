/** A magnifier over a line of text: "take a second look". Decorative (aria-hidden). */
export function LookIcon() {
  return (
    <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">
      <circle cx="10.5" cy="10.5" r="6.5" />
      <path d="M15.5 15.5 21 21" />
      <path d="M10.5 7.5v3.5" />
      <path d="M10.5 13.6v.1" />
    </svg>
  );
}
