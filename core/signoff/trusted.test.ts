import { describe, expect, it } from 'vitest';
import {
  addTrustedApprover,
  exportTrustedFile,
  importTrustedFile,
  trustListFileName,
  isWithdrawn,
  MAX_WITHDRAWN,
  mergeWithdrawn,
  parseTrustedFile,
  parseTrustedList,
  TrustedFileError,
} from './trusted';
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
    expect(() => parseTrustedFile(JSON.stringify({ format: 'pressdesk-trusted-approvers', version: 3, approvers: [] }))).toThrow(/newer PressDesk \(version 3\)/);
    // Version 2 must carry its withdrawals; version 1 must not.
    expect(() => parseTrustedFile(JSON.stringify({ format: 'pressdesk-trusted-approvers', version: 2, approvers: [] }))).toThrow(/damaged trusted approvers file: withdrawn/);
    expect(() => parseTrustedFile(JSON.stringify({ format: 'pressdesk-trusted-approvers', version: 1, approvers: [], withdrawn: [] }))).toThrow(/damaged/);
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

describe('withdrawn approvals on the list', () => {
  const hash = 'ab'.repeat(32);
  const head = 'cd'.repeat(32);
  const w = { contentHash: hash, fingerprint: a.fingerprint, chainHead: head };

  it('travel in version 2; a list with none is still written as version 1 for older PressDesk', () => {
    expect(JSON.parse(exportTrustedFile([a]))).toEqual({ format: 'pressdesk-trusted-approvers', version: 1, approvers: [a] });
    const text = exportTrustedFile([a], [w, { contentHash: hash, fingerprint: b.fingerprint }]);
    expect(JSON.parse(text)).toMatchObject({ version: 2, withdrawn: [w, { contentHash: hash, fingerprint: b.fingerprint }] });
    expect(parseTrustedList(text)).toEqual({ approvers: [a], withdrawn: [w, { contentHash: hash, fingerprint: b.fingerprint }] });
    expect(parseTrustedList(exportTrustedFile([a]))).toEqual({ approvers: [a], withdrawn: [] });
    expect(() => exportTrustedFile([a], [{ ...w, contentHash: 'x' }])).toThrow();
    const bad = JSON.stringify({ format: 'pressdesk-trusted-approvers', version: 2, approvers: [], withdrawn: [{ ...w, extra: 1 }] });
    expect(() => parseTrustedList(bad)).toThrow(TrustedFileError);
  });

  it('match an approval by content hash and key, and by chain head when they name one', () => {
    const approval = { contentHash: hash, fingerprint: a.fingerprint, chainHead: head };
    expect(isWithdrawn(approval, [w])).toBe(true);
    expect(isWithdrawn(approval, [])).toBe(false);
    expect(isWithdrawn({ ...approval, chainHead: 'ef'.repeat(32) }, [w])).toBe(false);
    expect(isWithdrawn({ ...approval, chainHead: undefined }, [w])).toBe(false);
    expect(isWithdrawn({ ...approval, contentHash: 'ef'.repeat(32) }, [w])).toBe(false);
    expect(isWithdrawn({ ...approval, fingerprint: b.fingerprint }, [w])).toBe(false);
    // Without a head, every approval of that content by that key.
    expect(isWithdrawn({ ...approval, chainHead: 'ef'.repeat(32) }, [{ contentHash: hash, fingerprint: a.fingerprint }])).toBe(true);
  });

  it('merge without duplicates, keeping the newest when there are too many', () => {
    const other = { contentHash: 'ef'.repeat(32), fingerprint: b.fingerprint };
    expect(mergeWithdrawn([w], [other, { ...w }, { ...other, chainHead: undefined }])).toEqual([w, other]);
    const many = Array.from({ length: MAX_WITHDRAWN + 1 }, (_, i) => ({ contentHash: i.toString(16).padStart(64, '0'), fingerprint: a.fingerprint }));
    const merged = mergeWithdrawn(many, []);
    expect(merged).toHaveLength(MAX_WITHDRAWN);
    expect(merged[0]).toEqual(many[1]);
  });
});

describe('trustListFileName', () => {
  it('names the file after whose key it carries, ASCII, cut at a word boundary', () => {
    expect(trustListFileName('Nguyễn Văn An')).toBe('nguoi-duyet-nguyen-van-an.pressdesk-trust.json');
    expect(trustListFileName('Đỗ Thị Đào')).toBe('nguoi-duyet-do-thi-dao.pressdesk-trust.json');
    const long = trustListFileName('Tôn Nữ Thị Phương Thảo Nguyên Hạnh Phúc Bình Yên');
    expect(long).toBe('nguoi-duyet-ton-nu-thi-phuong-thao-nguyen-hanh-phuc.pressdesk-trust.json');
    expect(trustListFileName('   ')).toBe('nguoi-duyet.pressdesk-trust.json');
  });
});
