import type { Writable } from 'node:stream';

/** Buffered output that honours back-pressure and notices a closed pipe. @internal */
export interface Writer {
  /** Queues text; nothing is written until `flush`. */
  push(text: string): void;
  /** Writes what is queued and waits while the stream asks to (back-pressure). */
  flush(): Promise<void>;
  /** True once the stream failed (EPIPE after `| head`, a closed file): stop producing output. */
  readonly closed: boolean;
  /** The error that closed the stream, if any. */
  readonly failure: (Error & { code?: string }) | undefined;
}

/**
 * Wraps an output stream. Errors on the stream (`EPIPE` when the reader went away) are caught and
 * recorded instead of crashing the process, so the caller can stop quietly.
 *
 * @internal
 */
export function createWriter(stream: Writable): Writer {
  let queued = '';
  let failure: (Error & { code?: string }) | undefined;
  const fail = (error: Error): void => {
    failure ??= error;
  };
  stream.on('error', fail);
  const isClosed = (): boolean => failure !== undefined || stream.destroyed || stream.writableEnded;

  return {
    push(text) {
      queued += text;
    },
    async flush() {
      const chunk = queued;
      queued = '';
      if (chunk === '' || isClosed()) return;
      const more = stream.write(chunk, (error) => {
        if (error) fail(error);
      });
      if (!more && !isClosed()) await drained(stream);
    },
    get closed() {
      return isClosed();
    },
    get failure() {
      return failure;
    },
  };
}

function drained(stream: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      stream.off('drain', done);
      stream.off('error', done);
      stream.off('close', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('error', done);
    stream.on('close', done);
  });
}
