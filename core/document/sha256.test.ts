import { describe, expect, it } from 'vitest';
import { sha256Hex } from './sha256';

/** WebCrypto (a global in Node 20), declared here because core's tsconfig has no DOM or Node lib. */
const subtle = (globalThis as unknown as { crypto: { subtle: { digest(algorithm: string, data: Uint8Array): Promise<ArrayBuffer> } } }).crypto.subtle;
const reference = async (data: Uint8Array): Promise<string> =>
  [...new Uint8Array(await subtle.digest('SHA-256', data))].map((b) => b.toString(16).padStart(2, '0')).join('');

describe('sha256', () => {
  it('matches the FIPS 180-2 / NIST test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
    expect(sha256Hex('a'.repeat(1_000_000))).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
  });

  it('agrees with WebCrypto on Vietnamese text and on every length around the block boundaries', async () => {
    const vi = new TextEncoder().encode('Điện Biên, ngày 08 tháng 01 năm 2019');
    expect(sha256Hex('Điện Biên, ngày 08 tháng 01 năm 2019')).toBe(await reference(vi));
    for (let n = 0; n < 200; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 31 + n) & 0xff);
      expect(sha256Hex(bytes)).toBe(await reference(bytes));
    }
  });
});
