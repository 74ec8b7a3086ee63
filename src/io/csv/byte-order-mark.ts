/**
 * The UTF-8 byte-order mark at the start of a CSV file: Excel needs it to read the file as UTF-8
 * (without it, accents and emoji come out garbled); programs that read UTF-8 anyway skip it. The
 * app writes it unless the user turns it off, the CLI only when asked (`--bom`).
 */
export const BYTE_ORDER_MARK = '\uFEFF';

export function withByteOrderMark(csv: string, bom = false): string {
  return bom ? `${BYTE_ORDER_MARK}${csv}` : csv;
}
