// Writes the ribbon and manifest icons (a white check mark on Fluent blue) as PNGs; run once, output committed.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const sum = Buffer.alloc(4);
  sum.writeUInt32BE(crc(body));
  return Buffer.concat([len, body, sum]);
}
function png(size) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  const inCheck = (x, y) => {
    const u = x / size,
      v = y / size,
      w = 0.09;
    const d1 = Math.abs(v - 0.55 - (u - 0.25)) / Math.SQRT2; // down stroke 0.25→0.42
    const d2 = Math.abs(v - 0.72 + (u - 0.42) * 1.25) / Math.hypot(1, 1.25); // up stroke 0.42→0.78
    return (u >= 0.22 && u <= 0.44 && d1 < w) || (u >= 0.4 && u <= 0.8 && d2 < w);
  };
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const i = y * (size * 4 + 1) + 1 + x * 4;
      const r = size * 0.18,
        cx = Math.min(Math.max(x + 0.5, r), size - r),
        cy = Math.min(Math.max(y + 0.5, r), size - r);
      const inside = Math.hypot(x + 0.5 - cx, y + 0.5 - cy) <= r;
      const [R, G, B] = inCheck(x + 0.5, y + 0.5) ? [255, 255, 255] : [15, 108, 189];
      raw.set([R, G, B, inside ? 255 : 0], i);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
for (const size of [16, 32, 64, 80, 128])
  writeFileSync(new URL(`../assets/icon-${size}.png`, import.meta.url), png(size));
