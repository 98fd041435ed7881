import { describe, expect, it } from 'vitest';
import { toFinancialCapital, toMoneyCapital } from '../../../lib/domain/numbers/index.ts';

describe('toFinancialCapital', () => {
  it.each([
    [0, '零'],
    [5, '伍'],
    [10, '壹拾'],
    [15, '壹拾伍'],
    [100, '壹佰'],
    [105, '壹佰零伍'],
    [110, '壹佰壹拾'],
    [1001, '壹仟零壹'],
    [10001, '壹万零壹'],
    [100000, '壹拾万'],
    [123456, '壹拾贰万叁仟肆佰伍拾陆'],
    [100000000, '壹亿'],
    [100010000, '壹亿零壹万'],
    [-5, '负伍'],
    [3.5, '叁点伍'],
    [0.08, '零点零捌'],
  ])('%s → %s', (n, expected) => {
    expect(toFinancialCapital(n)).toBe(expected);
  });
});

describe('toMoneyCapital', () => {
  it.each([
    [0, '零元整'],
    [5, '伍元整'],
    [105, '壹佰零伍元整'],
    [1000, '壹仟元整'],
    [1.5, '壹元伍角整'],
    [1.05, '壹元零伍分'],
    [1.23, '壹元贰角叁分'],
    [10.05, '壹拾元零伍分'],
    [0.5, '伍角整'],
    [0.05, '伍分'],
    [0.56, '伍角陆分'],
    [1.005, '壹元零壹分'],
    [0.999, '壹元整'],
    [123456.78, '壹拾贰万叁仟肆佰伍拾陆元柒角捌分'],
    [100000000, '壹亿元整'],
    [-20.5, '负贰拾元伍角整'],
  ])('%s → %s', (n, expected) => {
    expect(toMoneyCapital(n)).toBe(expected);
  });
});
