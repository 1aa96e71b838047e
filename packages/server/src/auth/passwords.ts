// Password hashing with Argon2id (OWASP's first choice). The parameters live in the PHC string,
// so they can be raised later without breaking stored hashes.
import { hash, verify } from '@node-rs/argon2';

const ARGON2ID = 2; // @node-rs/argon2's Algorithm.Argon2id (a const enum, unusable under isolatedModules)

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(stored: string, password: string): Promise<boolean>;
}

/** Argon2id with OWASP's minimum (19 MiB, 2 passes, 1 lane) unless told otherwise. */
export function argon2idHasher(params: { memoryCost?: number; timeCost?: number } = {}): PasswordHasher {
  const options = { algorithm: ARGON2ID, memoryCost: params.memoryCost ?? 19456, timeCost: params.timeCost ?? 2, parallelism: 1 };
  return {
    hash: (password) => hash(password, options),
    async verify(stored, password) {
      try {
        return await verify(stored, password);
      } catch {
        return false;
      }
    },
  };
}
