/**
 * CRC-32 of zip entries: node's zlib.crc32 (node 20.15+) or a table when it is missing, and the CRC of two
 * pieces joined from the CRCs of each (a sheet's head is written after its body). CRC-32 is affine over GF(2):
 * crc(A‖B) = crc(0ⁿ continuing crc(A)) ⊕ crc(B) ⊕ crc(0ⁿ), n = |B|, and zeros run at memory speed.
 */
import * as zlib from 'node:zlib';

type Crc = (data: Uint8Array, initial?: number) => number;

let table: Uint32Array | undefined;
function tableCrc(data: Uint8Array, initial = 0): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = ~initial >>> 0;
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return ~crc >>> 0;
}

const native = (zlib as unknown as { crc32?: Crc }).crc32;
export const crc32: Crc = native ? (data, initial = 0) => native(data, initial) >>> 0 : tableCrc;

const ZEROS = new Uint8Array(1 << 20);

function overZeros(crc: number, length: number): number {
  for (let left = length; left > 0; left -= ZEROS.length)
    crc = crc32(ZEROS.subarray(0, Math.min(left, ZEROS.length)), crc);
  return crc;
}

export function crc32Combine(crcA: number, crcB: number, lengthB: number): number {
  return (overZeros(crcA, lengthB) ^ crcB ^ overZeros(0, lengthB)) >>> 0;
}
