// A production that cannot be made as asked: the message says why and what to do; details name each item.
export class ProductionError extends Error {
  constructor(
    message: string,
    readonly details: string[] = [],
  ) {
    super(message);
  }
}
