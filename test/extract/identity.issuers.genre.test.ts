import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/analyze.js';

// Identities of documents pasted without their header (communes, schools; 2012-2019), rewritten.
const doc = (text: string) => {
  const d = analyzeText(text).document;
  return { type: d.type, date: d.date, place: d.place };
};

describe('a headerless document dated over its signature', () => {
  it('"Tân Lập, ngày 10 tháng 01 năm 2019" above "TM. ỦY BAN NHÂN DÂN" gives the date and place', () => {
    const text = [
      'THÔNG BÁO',
      'Lịch tiếp công dân của Chủ tịch Ủy ban nhân dân xã Tân Lập năm 2019',
      '',
      'Ủy ban nhân dân xã Tân Lập thông báo lịch tiếp công dân như sau:',
      '1. Chủ tịch UBND xã tiếp công dân vào ngày thứ Năm hằng tuần.',
      '',
      'Tân Lập, ngày 10 tháng 01 năm 2019',
      'TM. ỦY BAN NHÂN DÂN',
      'CHỦ TỊCH',
      '',
      'Nguyễn Văn Tiến',
    ].join('\n');
    expect(doc(text)).toEqual({ type: 'Thông báo', date: '2019-01-10', place: 'Tân Lập' });
  });

  it('a body sentence dated "ngày 05/01/2019" just above the signature is no place-date line', () => {
    const text = [
      'THÔNG BÁO',
      'Lịch trực Tết Nguyên đán',
      '',
      'Các bộ phận trực theo lịch từ ngày 05/01/2019.',
      'TM. ỦY BAN NHÂN DÂN',
      'CHỦ TỊCH',
      '',
      'Nguyễn Văn Tiến',
    ].join('\n');
    expect(doc(text)).toEqual({ type: 'Thông báo', date: null, place: null });
  });
});
