/**
 * GB18030 encoder for test fixtures: TextEncoder only writes UTF-8, and many Chinese government
 * texts are GB18030/GBK, so tests make real bytes by inverting the decoder's two-byte table
 * (built once, on first use). Covers ASCII and every character with a two-byte code, which
 * includes all of GBK's hanzi and punctuation; anything else throws, so a fixture never
 * silently loses a character.
 */
let table: Map<string, [number, number]> | null = null;

function twoByteTable(): Map<string, [number, number]> {
  if (table) return table;
  const dec = new TextDecoder('gb18030');
  table = new Map();
  for (let a = 0x81; a <= 0xfe; a++)
    for (let b = 0x40; b <= 0xfe; b++) {
      if (b === 0x7f) continue;
      const ch = dec.decode(Uint8Array.from([a, b]));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [a, b]);
    }
  return table;
}

export function gb18030(text: string): Uint8Array {
  const codes = twoByteTable();
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) {
      out.push(c);
      continue;
    }
    const pair = codes.get(ch);
    if (!pair) throw new Error(`no GB18030 two-byte code for ${ch}`);
    out.push(...pair);
  }
  return Uint8Array.from(out);
}
