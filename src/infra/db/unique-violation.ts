// Recognises Prisma's unique-constraint error (P2002). Repositories rely on unique indexes to
// make "insert if absent" safe under races: the losing insert gets this error and reads it as
// "already there".
import { Prisma } from './generated/client.js';

export function isUniqueViolation(err: unknown): boolean {
  return err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002';
}
