// Cursor paging as conversations, agents and v2 phone numbers have it (batches page by last_doc).

/** Opaque cursors, like the real ones: base64url of an offset the client never interprets. */
export function encodeCursor(offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset })).toString('base64url');
}

/** The offset a cursor stands for; 0 without one, null for one this simulator never issued. */
export function decodeCursor(cursor: string | undefined): number | null {
  if (!cursor) return 0;
  try {
    const { o } = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { o: unknown };
    return typeof o === 'number' && Number.isInteger(o) && o >= 0 ? o : null;
  } catch {
    return null;
  }
}

export function pageOf<T>(items: T[], offset: number, size: number) {
  const page = items.slice(offset, offset + size);
  const hasMore = offset + size < items.length;
  return { page, hasMore, next: hasMore ? encodeCursor(offset + size) : null };
}
