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
  [MAGIC, image.length, runs.length, ...runs.flat()].forEach((word, i) => {
    words.setUint32(4 * i, word, true);
  });
  let to = 4 * head;
  for (const [offset, length] of runs) {
    out.set(image.subarray(offset, offset + length), to);
    to += length;
  }
  return out;
}

// Unpacks as the bytes arrive (`push` each chunk, then `finish`), so that a snapshot read from the
// cache is copied into place while it streams in, not gathered into one buffer first and copied
// again. Anything that is not a whole packed snapshot is an error.
export class Unpacker {
  #head = new Uint8Array(12); // the header, until it is whole
  #got = 0;
  #image = null;
  #runs = null; // [offset, length] of each run, as `pack` lists them
  #run = 0; // index of the run being filled
  #filled = 0; // bytes of that run filled so far

  push(chunk) {
    let at = 0;
    while (at < chunk.length) {
      if (!this.#image) at += this.#takeHead(chunk, at);
      else at += this.#fill(chunk, at);
    }
  }

  finish() {
    if (!this.#image) throw new Error(this.#got < 12 ? "not a packed memory snapshot" : "truncated memory snapshot");
    if (this.#run < this.#runs.length) throw new Error("truncated memory snapshot");
    return this.#image;
  }

  #takeHead(chunk, at) {
    const take = Math.min(this.#head.length - this.#got, chunk.length - at);
    this.#head.set(chunk.subarray(at, at + take), this.#got);
    this.#got += take;
    if (this.#got < this.#head.length) return take;
    const words = new DataView(this.#head.buffer);
    const word = (i) => words.getUint32(4 * i, true);
    // At most one run per page: a larger count is a damaged header, not a reason to allocate.
    if (word(0) !== MAGIC || word(2) > Math.ceil(word(1) / PAGE)) throw new Error("not a packed memory snapshot");
    const full = 4 * (3 + 2 * word(2));
    if (this.#head.length < full) {
      const head = new Uint8Array(full);
      head.set(this.#head);
      this.#head = head;
      return take;
    }
    this.#runs = Array.from({ length: word(2) }, (_, i) => [word(3 + 2 * i), word(4 + 2 * i)]);
    if (this.#runs.some(([offset, length]) => offset + length > word(1))) throw new Error("truncated memory snapshot");
    this.#image = new Uint8Array(word(1));
    this.#skipEmptyRuns();
    return take;
  }

  #fill(chunk, at) {
    if (this.#run >= this.#runs.length) throw new Error("memory snapshot with trailing bytes");
    const [offset, length] = this.#runs[this.#run];
    const take = Math.min(length - this.#filled, chunk.length - at);
    this.#image.set(chunk.subarray(at, at + take), offset + this.#filled);
    this.#filled += take;
    this.#skipEmptyRuns();
    return take;
  }

  #skipEmptyRuns() {
    while (this.#run < this.#runs.length && this.#filled === this.#runs[this.#run][1]) {
      this.#run += 1;
      this.#filled = 0;
    }
  }
}

// The image back from the whole file at once (the Node tests read the shipped file so).
export function unpack(buffer) {
  const unpacker = new Unpacker();
  unpacker.push(new Uint8Array(buffer));
  return unpacker.finish();
}

// The image back from a response, unpacked while its body streams in.
export async function unpackResponse(response) {
  const unpacker = new Unpacker();
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return unpacker.finish();
    unpacker.push(value);
  }
}
