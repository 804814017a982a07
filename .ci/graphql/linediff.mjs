// A small unified-style line diff (LCS over lines), enough to show where two
// printed schemas part ways. Schemas are a few hundred lines, so the O(n*m)
// table is cheap; beyond MAX_CELLS we fall back to reporting the first
// differing line only, to keep memory bounded.

const MAX_CELLS = 25_000_000;

/** Returns the diff text; labels name the two sides in the ---/+++ header. */
export function unifiedDiff(aText, bText, aLabel, bLabel, context = 3) {
  const a = aText.split('\n');
  const b = bText.split('\n');
  const header = `--- ${aLabel}\n+++ ${bLabel}\n`;
  if (a.length * b.length > MAX_CELLS) return header + firstDifference(a, b);

  // lcs[i][j] = length of the longest common subsequence of a[i..] and b[j..].
  const lcs = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }

  // Walk the table into a list of ops: ' ' keep, '-' only in a, '+' only in b.
  const ops = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) ops.push({ t: ' ', s: a[i], i: i++, j: j++ });
    // On a tie prefer '-' so removals print before additions, as diff(1) does.
    else if (i < a.length && (j === b.length || lcs[i + 1][j] >= lcs[i][j + 1])) ops.push({ t: '-', s: a[i], i: i++, j });
    else ops.push({ t: '+', s: b[j], i, j: j++ });
  }

  // Group changes into hunks: changes separated by at most 2*context kept
  // lines share a hunk; each hunk shows `context` kept lines on either side.
  const changed = [];
  ops.forEach((o, n) => { if (o.t !== ' ') changed.push(n); });
  let out = header;
  for (let c = 0; c < changed.length; ) {
    let last = c;
    while (last + 1 < changed.length && changed[last + 1] - changed[last] - 1 <= 2 * context) last++;
    const hunk = ops.slice(Math.max(0, changed[c] - context), Math.min(ops.length, changed[last] + context + 1));
    const aCount = hunk.filter((o) => o.t !== '+').length;
    const bCount = hunk.filter((o) => o.t !== '-').length;
    out += `@@ -${hunk[0].i + 1},${aCount} +${hunk[0].j + 1},${bCount} @@\n`;
    for (const o of hunk) out += `${o.t}${o.s}\n`;
    c = last + 1;
  }
  return out;
}

function firstDifference(a, b) {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return `@@ first difference at line ${n + 1} @@\n-${a[n] ?? '<end of text>'}\n+${b[n] ?? '<end of text>'}\n`;
}
