export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

const BASE64_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < BASE64_ALPHABET.length; i++) BASE64_VALUE[BASE64_ALPHABET.charCodeAt(i)] = i;
const PADDING = 0x3d;
/** What atob skips: space, tab, line feed, form feed, carriage return. */
const isAsciiWhitespace = (code: number) => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;

/**
 * How many bytes `base64` decodes to, counted in place: an audio webhook carries tens of MB of
 * base64, and stripping its whitespace or decoding it just to learn the size would copy all of it.
 */
export function base64DecodedLength(base64: string): number {
  let digits = 0;
  for (let i = 0; i < base64.length; i++) {
    const code = base64.charCodeAt(i);
    if (code === PADDING) break;
    if (code < 128 && BASE64_VALUE[code]! >= 0) digits++;
  }
  return Math.floor((digits * 3) / 4);
}

/**
 * Decodes straight into the result: atob would first build a binary string as large as the
 * result. Whitespace is skipped and padding ends the data, as atob does; other characters throw.
 */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(base64DecodedLength(base64));
  let bits = 0;
  let pending = 0;
  let written = 0;
  for (let i = 0; i < base64.length; i++) {
    const code = base64.charCodeAt(i);
    const value = code < 128 ? BASE64_VALUE[code]! : -1;
    if (value >= 0) {
      pending = ((pending << 6) | value) & 0xffffff;
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        bytes[written++] = (pending >> bits) & 0xff;
      }
    } else if (code === PADDING) {
      break;
    } else if (!isAsciiWhitespace(code)) {
      throw new SyntaxError('not base64');
    }
  }
  return bytes;
}

export function bytesToHex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Compares without an early exit, so the time taken does not reveal how many leading bytes matched. */
export function timingSafeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a[i]! ^ b[i]!;
  return difference === 0;
}

export async function sha256Hex(input: string | Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', typeof input === 'string' ? new TextEncoder().encode(input) : input);
  return bytesToHex(new Uint8Array(digest));
}
