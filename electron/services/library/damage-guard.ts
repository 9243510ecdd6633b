// A library whose first page is sound can still be damaged further in (a disk error, a copy cut short): SQLite
// then fails only when a query reaches the bad page. Every call on the open library goes through this guard,
// so such a failure is told as the library being damaged, naming its file and what to do, like a library that
// cannot be opened at all (library-open-error.ts), never as "an unexpected problem".
import { libraryOpenError } from './library-open-error';

const DAMAGE = /^SQLITE_(CORRUPT|NOTADB)/;

export const isDamage = (error: unknown): boolean =>
  DAMAGE.test(String((error as { code?: unknown } | null)?.code ?? ''));

export function guardAgainstDamage<T extends object>(target: T, dir: string, file: string): T {
  return new Proxy(target, {
    get(object, property) {
      const value: unknown = Reflect.get(object, property, object);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        try {
          return (value as (...a: unknown[]) => unknown).apply(object, args);
        } catch (error) {
          throw isDamage(error) ? libraryOpenError(dir, file, error) : error;
        }
      };
    },
  });
}
