/**
 * Text files come from Excel "Save as" in whatever encoding the machine used: UTF-8 (with or without BOM),
 * "Unicode text" (UTF-16 LE with BOM), or the Windows code page (1252 in Western Europe and Latin America).
 */
export interface DecodedText {
  text: string;
  /** WHATWG label of the encoding used. */
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  /** True when the encoding was guessed rather than declared by a BOM or valid UTF-8. */
  guessed: boolean;
}

/**
 * Windows-1252 differs from Latin-1 only in 0x80–0x9F (€, ’, œ, …). Node 20's TextDecoder('windows-1252')
 * decodes those bytes as Latin-1 control characters (nodejs/node#56542), so that block is mapped here.
 */
const CP1252_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = new TextDecoder('windows-1252').decode(bytes);
  return latin1.replace(/[\u0080-\u009f]/g, (ch) => CP1252_80_9F[ch.charCodeAt(0) - 0x80]);
}

function decode(bytes: Uint8Array, encoding: DecodedText['encoding'], skip = 0): string {
  if (encoding === 'windows-1252') return decodeWindows1252(bytes.subarray(skip));
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(skip));
}

/** UTF-16 without a BOM: ASCII text leaves a NUL in every other byte, odd bytes for LE, even for BE. */
function utf16Without(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const sample = Math.min(bytes.length, 4096) & ~1;
  if (sample < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = sample / 2;
  if (odd > pairs * 0.3 && even < pairs * 0.05) return 'utf-16le';
  if (even > pairs * 0.3 && odd < pairs * 0.05) return 'utf-16be';
  return undefined;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: decode(bytes, 'utf-8', 3), encoding: 'utf-8', guessed: false };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: decode(bytes, 'utf-16le', 2), encoding: 'utf-16le', guessed: false };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: decode(bytes, 'utf-16be', 2), encoding: 'utf-16be', guessed: false };
  const wide = utf16Without(bytes);
  if (wide) return { text: decode(bytes, wide), encoding: wide, guessed: true };
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes),
      encoding: 'utf-8',
      guessed: false,
    };
  } catch {
    // Not UTF-8: every byte sequence is valid Windows-1252, the code page Excel uses in FR/ES/EN locales.
    return { text: decode(bytes, 'windows-1252'), encoding: 'windows-1252', guessed: true };
  }
}
