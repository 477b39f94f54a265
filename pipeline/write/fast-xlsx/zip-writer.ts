/**
 * A streaming zip writer: each entry is deflated as it is produced and written straight to the
 * file (sizes and CRC in a data descriptor), so a large sheet is never held whole in memory.
 */
import { open, type FileHandle } from 'node:fs/promises';
import { createDeflateRaw, crc32 } from 'node:zlib';

interface Written {
  name: Buffer;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
}

/** Fixed DOS date/time (1980-01-01): outputs stay byte-identical between runs. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

export class ZipWriter {
  private readonly entries: Written[] = [];
  private offset = 0;

  private constructor(private readonly file: FileHandle) {}

  static async create(path: string): Promise<ZipWriter> {
    return new ZipWriter(await open(path, 'w'));
  }

  private async write(bytes: Buffer): Promise<void> {
    await this.file.write(bytes);
    this.offset += bytes.length;
  }

  /** Writes one entry from text pieces; `produce` calls `push` and awaits it for back-pressure. */
  async entry(path: string, produce: (push: (text: string) => Promise<void>) => Promise<void>): Promise<void> {
    const name = Buffer.from(path, 'utf8');
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x0808, 6); // data descriptor follows; names are UTF-8
    header.writeUInt16LE(8, 8);
    header.writeUInt16LE(DOS_TIME, 10);
    header.writeUInt16LE(DOS_DATE, 12);
    header.writeUInt16LE(name.length, 26);
    const written: Written = { name, crc: 0, compressed: 0, size: 0, offset: this.offset };
    await this.write(Buffer.concat([header, name]));

    const deflate = createDeflateRaw({ level: 1 });
    const out: Buffer[] = [];
    deflate.on('data', (chunk: Buffer) => out.push(chunk));
    const flushOut = async () => {
      while (out.length) {
        const chunk = out.shift() as Buffer;
        written.compressed += chunk.length;
        await this.write(chunk);
      }
    };
    const push = async (text: string) => {
      const bytes = Buffer.from(text, 'utf8');
      written.crc = crc32(bytes, written.crc);
      written.size += bytes.length;
      if (!deflate.write(bytes)) await new Promise((resolve) => deflate.once('drain', resolve));
      await flushOut();
    };
    await produce(push);
    await new Promise<void>((resolve, reject) => { deflate.once('end', resolve); deflate.once('error', reject); deflate.end(); });
    await flushOut();

    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(0x08074b50, 0);
    descriptor.writeUInt32LE(written.crc >>> 0, 4);
    descriptor.writeUInt32LE(written.compressed, 8);
    descriptor.writeUInt32LE(written.size, 12);
    await this.write(descriptor);
    this.entries.push(written);
  }

  async close(): Promise<void> {
    const start = this.offset;
    for (const e of this.entries) {
      const central = Buffer.alloc(46);
      central.writeUInt32LE(0x02014b50, 0);
      central.writeUInt16LE(20, 4);
      central.writeUInt16LE(20, 6);
      central.writeUInt16LE(0x0808, 8);
      central.writeUInt16LE(8, 10);
      central.writeUInt16LE(DOS_TIME, 12);
      central.writeUInt16LE(DOS_DATE, 14);
      central.writeUInt32LE(e.crc >>> 0, 16);
      central.writeUInt32LE(e.compressed, 20);
      central.writeUInt32LE(e.size, 24);
      central.writeUInt16LE(e.name.length, 28);
      central.writeUInt32LE(e.offset, 42);
      await this.write(Buffer.concat([central, e.name]));
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(this.offset - start, 12);
    end.writeUInt32LE(start, 16);
    await this.write(end);
    await this.file.close();
  }
}
