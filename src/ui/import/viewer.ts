/**
 * The imported text as it was read, with the sentences facts were taken from marked. Pure: it
 * returns plain segments that the panel renders as text nodes inside <mark> (never as markup).
 */
export interface Segment {
  start: number;
  end: number;
  mark: boolean;
}

/**
 * Cut text[0, limit) into alternating plain and marked segments. Overlapping or touching spans
 * are merged (one sentence often gives a value and its growth rate). Spans past the limit are
 * cut off; `truncated` says the viewer shows only the beginning of a long text.
 */
export function highlightSegments(
  length: number,
  spans: ReadonlyArray<{ start: number; end: number }>,
  limit = 200_000,
): { segments: Segment[]; truncated: boolean } {
  const end = Math.min(length, limit);
  const sorted = spans
    .map((s) => ({ start: Math.max(0, s.start), end: Math.min(end, s.end) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const merged: Array<{ start: number; end: number }> = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  const segments: Segment[] = [];
  let pos = 0;
  for (const m of merged) {
    if (m.start > pos) segments.push({ start: pos, end: m.start, mark: false });
    segments.push({ start: m.start, end: m.end, mark: true });
    pos = m.end;
  }
  if (pos < end) segments.push({ start: pos, end, mark: false });
  return { segments, truncated: length > limit };
}
