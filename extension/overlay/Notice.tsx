/** A small, polite notice (role=status), e.g. that a post could not be checked. */
export function Notice({ message, onClose }: { message: string; onClose(): void }) {
  return (
    <div class="notice" role="status">
      <span>{message}</span>
      <button type="button" class="close" aria-label="Dismiss" onClick={onClose}>
        ×
      </button>
    </div>
  );
}
