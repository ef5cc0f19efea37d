/** The byte scanner of the common case (see scanner.ts). */
export { ByteScanner, scannable } from './scanner.ts';
