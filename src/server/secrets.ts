/**
 * Tokens, invitation codes and ids. A member's token is 256 random bits, shown to the member once
 * and stored on the server only as its SHA-256: a fast hash suits a random secret (nothing to
 * guess from a dictionary) and costs nothing on every document connection. Invitation codes are
 * 80 random bits in Crockford's base32, typeable from a projector (`K7Q2-M9XD-4TPA-WZ3H`), and are
 * stored hashed too.
 */
import { createHash, randomBytes } from 'node:crypto';

const BASE32 = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** A short random id (96 bits) for spaces and members. */
export function newId(): string {
  return randomBytes(12)
    .toString('base64url')
    .replace(/[^A-Za-z0-9]/g, 'x');
}

export function newCode(): string {
  const bytes = randomBytes(10);
  let bits = 0n;
  for (const byte of bytes) bits = (bits << 8n) | BigInt(byte);
  let code = '';
  for (let i = 0; i < 16; i++) {
    code = BASE32[Number(bits & 31n)] + code;
    bits >>= 5n;
  }
  return code.match(/.{4}/g)!.join('-');
}

/** The code as typed, made canonical: case, spaces and dashes ignored; O read as 0, I and L as 1. */
export function normaliseCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

export function codeHash(typed: string): string {
  return sha256(normaliseCode(typed));
}
