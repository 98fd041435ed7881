// 大写数字 (financial capitals) as written on vouchers and contracts, where digits must not be
// alterable: 壹佰零伍. Unlike 中文, 10 is 壹拾 — the 壹 is never dropped.
import { type Decimal, roundDecimal, toDecimal } from './decimal.ts';
import { UPPER_NUMERALS, decimalNumeral, integerNumeral } from './numeral.ts';

/** A finite number in capitals: 105 → 壹佰零伍, -5 → 负伍, 3.5 → 叁点伍. */
export function toFinancialCapital(n: number): string {
  return decimalNumeral(toDecimal(n), UPPER_NUMERALS, { shortTen: false });
}

/** An amount in 元 as written on a voucher, rounded to 分: 105 → 壹佰零伍元整, 1.05 → 壹元零伍分. */
export function toMoneyCapital(n: number): string {
  return moneyCapital(toDecimal(n));
}

/** Money capitals from a decimal, so formatters can scale first. */
export function moneyCapital(amount: Decimal): string {
  const d = roundDecimal(amount, 2);
  const sign = d.negative ? '负' : '';
  const digit = (c: string | undefined) => UPPER_NUMERALS.digits[Number(c ?? '0')]!;
  const jiao = Number(d.frac[0] ?? '0');
  const fen = Number(d.frac[1] ?? '0');
  const hasYuan = d.int !== '0';
  const yuan = hasYuan ? `${integerNumeral(d.int, UPPER_NUMERALS)}元` : '';
  if (jiao === 0 && fen === 0) return `${sign}${hasYuan ? yuan : '零元'}整`;
  // Amounts to the 角 end with 整; amounts to the 分 do not (《支付结算办法》 practice).
  if (jiao === 0) return `${sign}${yuan}${hasYuan ? '零' : ''}${digit(d.frac[1])}分`;
  return `${sign}${yuan}${digit(d.frac[0])}角${fen === 0 ? '整' : `${digit(d.frac[1])}分`}`;
}
