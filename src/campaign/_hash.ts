/**
 * A stable 32-bit hash of a string: FNV-1a over its UTF-8 bytes, followed by MurmurHash3's
 * `fmix32` finaliser.
 *
 * FNV-1a alone spreads the last bytes poorly into the high bits, and ids that differ only in their
 * last digit (`user-1`, `user-2`, …) are exactly what experiments see; `fmix32` gives every input
 * bit an even chance of flipping every output bit. Everything is `Math.imul`/`>>> 0` integer
 * arithmetic, so the result is the same on every engine and platform. UTF-8 is encoded by hand so
 * the helper needs no `TextEncoder`; a lone surrogate is hashed as U+FFFD, like `TextEncoder` does.
 *
 * @example
 * stableHash32('exp-1:13800000000') === stableHash32('exp-1:13800000000'); //=> true
 * stableHash32('') === fmix32(fnv1a32([])); //=> true
 *
 * @internal
 */
export function stableHash32(text: string): number {
  let hash = 0x811c9dc5;
  const byte = (value: number): void => {
    hash ^= value;
    hash = Math.imul(hash, 0x01000193);
  };
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
        i++;
      } else code = 0xfffd;
    } else if (code >= 0xd800 && code <= 0xdfff) code = 0xfffd;

    if (code < 0x80) byte(code);
    else if (code < 0x800) {
      byte(0xc0 | (code >> 6));
      byte(0x80 | (code & 0x3f));
    } else if (code < 0x10000) {
      byte(0xe0 | (code >> 12));
      byte(0x80 | ((code >> 6) & 0x3f));
      byte(0x80 | (code & 0x3f));
    } else {
      byte(0xf0 | (code >> 18));
      byte(0x80 | ((code >> 12) & 0x3f));
      byte(0x80 | ((code >> 6) & 0x3f));
      byte(0x80 | (code & 0x3f));
    }
  }
  return fmix32(hash);
}

/**
 * MurmurHash3's 32-bit finaliser (avalanche step).
 *
 * @internal
 */
export function fmix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * The raw FNV-1a value, exported only so tests can check it against the published test vectors.
 *
 * @internal
 */
export function fnv1a32(bytes: readonly number[]): number {
  let hash = 0x811c9dc5;
  for (const value of bytes) {
    hash ^= value;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
