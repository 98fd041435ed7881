// The address a user types for 单位共享: what is accepted, the one file every request goes to, the
// one origin the permission names, and when the panel warns that the password would travel readable.
import { describe, expect, it } from 'vitest';
import { isIntranet, originPattern, parseAddress, PACK_FILE_NAME, sendsPasswordInClear, serverAddresses } from '../../../lib/team/server.ts';

const parse = (url: string, folder = '') => {
  const r = parseAddress({ url, folder });
  if (!r.ok) throw new Error(r.code);
  return r;
};

describe('the drive address', () => {
  it('takes an https or http address, adds the closing slash, drops a query and ignores empty, . and .. folder parts', () => {
    const r = parse(' https://pan.example.gov.cn/dav?x=1#y ', '/办公室//./../规范表述/');
    expect(r.base.href).toBe('https://pan.example.gov.cn/dav/');
    expect(r.folder).toEqual(['办公室', '规范表述']);
    expect(serverAddresses(r.base, r.folder)).toEqual({
      folders: ['https://pan.example.gov.cn/dav/%E5%8A%9E%E5%85%AC%E5%AE%A4/', 'https://pan.example.gov.cn/dav/%E5%8A%9E%E5%85%AC%E5%AE%A4/%E8%A7%84%E8%8C%83%E8%A1%A8%E8%BF%B0/'],
      pack: `https://pan.example.gov.cn/dav/%E5%8A%9E%E5%85%AC%E5%AE%A4/%E8%A7%84%E8%8C%83%E8%A1%A8%E8%BF%B0/${PACK_FILE_NAME}`,
    });
    expect(originPattern(r.base)).toBe('https://pan.example.gov.cn/*');
  });

  it('a folder part cannot climb out of the address', () => {
    const r = parse('https://pan.example.gov.cn/dav/', '../../etc');
    expect(serverAddresses(r.base, r.folder).pack).toBe(`https://pan.example.gov.cn/dav/etc/${PACK_FILE_NAME}`);
    const other = parse('https://a.cn/', 'a%2F..');
    expect(serverAddresses(other.base, other.folder).pack).toBe(`https://a.cn/a%252F../${PACK_FILE_NAME}`);
  });

  it('refuses what is not a web address, and an account written into the address', () => {
    expect(parseAddress({ url: 'pan.example.gov.cn', folder: '' })).toEqual({ ok: false, code: 'team.badAddress' });
    expect(parseAddress({ url: 'ftp://pan.example.gov.cn/', folder: '' })).toEqual({ ok: false, code: 'team.addressNotWeb' });
    expect(parseAddress({ url: 'file:///etc/', folder: '' })).toEqual({ ok: false, code: 'team.addressNotWeb' });
    expect(parseAddress({ url: 'https://me:secret@pan.example.gov.cn/', folder: '' })).toEqual({ ok: false, code: 'team.addressHasAccount' });
  });

  it('warns about plain http only outside the intranet', () => {
    for (const url of ['http://192.168.1.20/dav/', 'http://10.0.0.5/', 'http://172.20.1.1/', 'http://127.0.0.1:8080/', 'http://localhost/', 'http://nas/', 'http://pan.office.lan/', 'http://[::1]/']) {
      expect([url, isIntranet(parse(url).base), sendsPasswordInClear(parse(url).base)]).toEqual([url, true, false]);
    }
    for (const url of ['http://pan.example.gov.cn/', 'http://8.8.8.8/', 'http://172.32.0.1/']) expect([url, sendsPasswordInClear(parse(url).base)]).toEqual([url, true]);
    expect(sendsPasswordInClear(parse('https://pan.example.gov.cn/').base)).toBe(false);
  });
});
