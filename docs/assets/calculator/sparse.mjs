// The memory snapshot's file format: Pyodide's image without its empty pages. Most of a fresh
// interpreter's 31 MB of memory is zeros (about 60 %); dropped, the file is 12 MB, which a repeat
// visit reads from the cache in a third of the time, and the browser inflates from the network
// in less. The build packs (snapshot.mjs), the worker and the Node tests unpack.
//
// Layout, little-endian 32-bit words: MAGIC, the image's length, the number of runs n, n pairs
// (offset, length) of the runs that hold a non-zero byte, then those runs' bytes in order.
const MAGIC = 0x31505a53; // "SZP1"
const PAGE = 4096;

export function pack(image) {
  const runs = [];
  for (let at = 0; at < image.length; at += PAGE) {
    const page = image.subarray(at, Math.min(at + PAGE, image.length));
    if (!page.some((byte) => byte !== 0)) continue;
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === at) last[1] += page.length;
    else runs.push([at, page.length]);
  }
  const head = 3 + 2 * runs.length;
  const out = new Uint8Array(4 * head + runs.reduce((sum, [, length]) => sum + length, 0));
  const words = new DataView(out.buffer);
  [MAGIC, image.length, runs.length, ...runs.flat()].forEach((word, i) => words.setUint32(4 * i, word, true));
  let to = 4 * head;
  for (const [offset, length] of runs) {
    out.set(image.subarray(offset, offset + length), to);
    to += length;
  }
  return out;
}

// The image back, or an error for anything that is not a whole packed snapshot.
export function unpack(buffer) {
  const words = new DataView(buffer);
  const word = (i) => words.getUint32(4 * i, true);
  if (buffer.byteLength < 12 || word(0) !== MAGIC) throw new Error("not a packed memory snapshot");
  const image = new Uint8Array(word(1));
  const n = word(2);
  let from = 4 * (3 + 2 * n);
  for (let i = 0; i < n; i++) {
    const offset = word(3 + 2 * i), length = word(4 + 2 * i);
    if (from + length > buffer.byteLength || offset + length > image.length) throw new Error("truncated memory snapshot");
    image.set(new Uint8Array(buffer, from, length), offset);
    from += length;
  }
  if (from !== buffer.byteLength) throw new Error("memory snapshot with trailing bytes");
  return image;
}
