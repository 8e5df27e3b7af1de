/**
 * The shortest edit script between two sequences of keys (Myers, "An O(ND) difference algorithm",
 * 1986), after trimming the common head and tail. Used twice by the review diff: once over blocks,
 * once over the words of a pair of matched blocks. Pure and linear in the length for small edits;
 * past `maxEdits` differences it stops looking and answers "all removed, all added", which is what
 * a person sees anyway when two texts share almost nothing.
 */

/** One step of the script: keep a[i] as b[j], remove a[i], or add b[j]. */
export type SequenceOp = { kind: 'equal'; a: number; b: number } | { kind: 'delete'; a: number } | { kind: 'insert'; b: number };

/** Past this many differences the script is "replace everything" (the trace grows as D²). */
export const MAX_SEQUENCE_EDITS = 4_000;

export function diffSequences(a: readonly string[], b: readonly string[], maxEdits = MAX_SEQUENCE_EDITS): SequenceOp[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const ops: SequenceOp[] = [];
  for (let i = 0; i < head; i++) ops.push({ kind: 'equal', a: i, b: i });
  middle(a, b, head, a.length - tail, head, b.length - tail, maxEdits, ops);
  for (let k = tail; k > 0; k--) ops.push({ kind: 'equal', a: a.length - k, b: b.length - k });
  return ops;
}

/** Myers' greedy forward search over a[a0..a1) and b[b0..b1), then its trace walked back. */
function middle(a: readonly string[], b: readonly string[], a0: number, a1: number, b0: number, b1: number, maxEdits: number, out: SequenceOp[]): void {
  const n = a1 - a0;
  const m = b1 - b0;
  if (n === 0 || m === 0) {
    for (let i = a0; i < a1; i++) out.push({ kind: 'delete', a: i });
    for (let j = b0; j < b1; j++) out.push({ kind: 'insert', b: j });
    return;
  }
  const max = Math.min(n + m, maxEdits);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= max && found < 0; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[a0 + x] === b[b0 + y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
  }
  if (found < 0) {
    // Too different to be worth the search: remove all, add all.
    for (let i = a0; i < a1; i++) out.push({ kind: 'delete', a: i });
    for (let j = b0; j < b1; j++) out.push({ kind: 'insert', b: j });
    return;
  }
  // Walk the trace back from (n, m); trace[d] holds v before step d, over k in [-d-1, d+1].
  const steps: SequenceOp[] = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const prev = trace[d]!;
    const at = (k: number): number => prev[k + d + 1]!;
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      steps.push({ kind: 'equal', a: a0 + x, b: b0 + y });
    }
    if (down) steps.push({ kind: 'insert', b: b0 + --y });
    else steps.push({ kind: 'delete', a: a0 + --x });
  }
  while (x > 0 && y > 0) {
    x--;
    y--;
    steps.push({ kind: 'equal', a: a0 + x, b: b0 + y });
  }
  for (let i = steps.length - 1; i >= 0; i--) out.push(steps[i]!);
}

/**
 * Words changed on both sides of one space read as one change ("tham dự" -> "có mặt"), not two
 * replacements around a kept space: an unchanged run of spaces between two changes joins them.
 */
export function joinAcrossSpaces(ops: SequenceOp[], isSpace: (a: number) => boolean): SequenceOp[] {
  const out: SequenceOp[] = [];
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i]!;
    if (op.kind === 'equal' && isSpace(op.a) && out.length > 0 && out[out.length - 1]!.kind !== 'equal') {
      let end = i;
      while (end < ops.length && ops[end]!.kind === 'equal' && isSpace((ops[end] as { a: number }).a)) end++;
      if (end < ops.length && ops[end]!.kind !== 'equal') {
        for (let k = i; k < end; k++) {
          const eq = ops[k] as { a: number; b: number };
          out.push({ kind: 'delete', a: eq.a }, { kind: 'insert', b: eq.b });
        }
        i = end - 1;
        continue;
      }
    }
    out.push(op);
  }
  return out;
}
