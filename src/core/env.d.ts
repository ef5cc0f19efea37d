// Core has no DOM lib on purpose (window is a type error here). These two
// text codecs exist in every runtime core runs in: browsers, workers and Node.

interface TextDecodeOptions {
  stream?: boolean;
}

interface TextDecoderOptions {
  fatal?: boolean;
  ignoreBOM?: boolean;
}

declare class TextDecoder {
  constructor(label?: string, options?: TextDecoderOptions);
  readonly encoding: string;
  decode(input?: ArrayBufferView | ArrayBuffer, options?: TextDecodeOptions): string;
}

declare class TextEncoder {
  encode(input?: string): Uint8Array;
}

declare const console: { log(...args: unknown[]): void; warn(...args: unknown[]): void };
