/**
 * Bytes → text. Chinese government pages come as UTF-8 or GB18030/GBK (a superset of GB2312);
 * we try strict UTF-8 first, then GB18030, and refuse binary input with a clear reason.
 * Uses only TextDecoder, so it runs in Node and in the browser.
 */
export type DecodeResult =
  | { ok: true; text: string; encoding: 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be' }
  | { ok: false; error: string };

export function decodeBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
    return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  let start = 0;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  const body = bytes.subarray(start);
  // Binary: NUL bytes or many control characters are not text in any of these encodings.
  let ctrl = 0;
  const sample = Math.min(body.length, 65536);
  for (let i = 0; i < sample; i++) {
    const b = body[i];
    if (b === 0) return { ok: false, error: '看起来是二进制文件（含 NUL 字节），不是文本 / binary file (NUL bytes), not text' };
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) ctrl++;
  }
  if (sample > 0 && ctrl / sample > 0.05)
    return { ok: false, error: `看起来是二进制文件（${ctrl} 个控制字符）/ binary file (${ctrl} control bytes in ${sample})` };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    /* not UTF-8 */
  }
  try {
    const text = new TextDecoder('gb18030', { fatal: true }).decode(body);
    return { ok: true, text, encoding: 'gb18030' };
  } catch {
    return { ok: false, error: '无法识别编码：既不是 UTF-8 也不是 GB18030/GBK / not valid UTF-8 or GB18030' };
  }
}
