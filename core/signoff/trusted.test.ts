import { describe, expect, it } from 'vitest';
import { addTrustedApprover, exportTrustedFile, importTrustedFile, parseTrustedFile, TrustedFileError } from './trusted';
import { fakeSigner } from './test-signer';

const a = fakeSigner('a', 'Nguyễn Văn An', 'Chánh Văn phòng').trusted;
const b = fakeSigner('b', 'Trần Thị Bình', 'Phó Giám đốc').trusted;

describe('trusted approvers file', () => {
  it('round-trips through its small JSON format with a format marker and version', () => {
    const text = exportTrustedFile([a, b]);
    expect(JSON.parse(text)).toMatchObject({ format: 'pressdesk-trusted-approvers', version: 1 });
    expect(parseTrustedFile(text)).toEqual([a, b]);
  });

  it('refuses other files, newer versions, duplicates and a fingerprint that is not the key’s', () => {
    expect(() => parseTrustedFile('nope')).toThrow(TrustedFileError);
    expect(() => parseTrustedFile('{"format":"other"}')).toThrow(/not a trusted approvers file/);
    expect(() => parseTrustedFile(JSON.stringify({ format: 'pressdesk-trusted-approvers', version: 2, approvers: [] }))).toThrow(/newer/);
    const dup = JSON.stringify({ format: 'pressdesk-trusted-approvers', version: 1, approvers: [a, a] });
    expect(() => parseTrustedFile(dup)).toThrow(/twice/);
    const lying = JSON.stringify({ format: 'pressdesk-trusted-approvers', version: 1, approvers: [{ ...a, fingerprint: b.fingerprint }] });
    expect(() => parseTrustedFile(lying)).toThrow(/fingerprint/);
    expect(() => exportTrustedFile([a, a])).toThrow();
  });

  it('adds new approvers and refuses a key already listed', () => {
    expect(addTrustedApprover([a], b)).toEqual({ ok: true, list: [a, b] });
    expect(addTrustedApprover([a], { ...a, name: 'Other name' })).toEqual({ ok: false, reason: 'duplicate', existing: a });
    expect(addTrustedApprover([], { ...a, publicKey: 'AAAA' })).toEqual({ ok: false, reason: 'invalid' });
    const merged = importTrustedFile([a], exportTrustedFile([a, b]));
    expect(merged).toEqual({ list: [a, b], added: [b], duplicates: [a] });
  });
});
