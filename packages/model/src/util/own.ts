/** Assigns an own enumerable property, even for keys like `__proto__` (plain assignment would set the prototype). */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    target[key] = value;
  }
}

/** A shallow copy with one key set (or removed when `value` is undefined); the input is untouched. */
export function withKey<T extends object>(target: T, key: string, value: unknown): T {
  const copy = { ...target } as Record<string, unknown>;
  if (value === undefined) delete copy[key];
  else setOwn(copy, key, value);
  return copy as T;
}
