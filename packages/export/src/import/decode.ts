/** Bytes to text: a UTF-8 or UTF-16 (LE/BE) byte order mark selects the encoding and is dropped. */
export function decodeText(input: string | Uint8Array): string {
  if (typeof input === 'string') return input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (input[0] === 0xff && input[1] === 0xfe) return new TextDecoder('utf-16le').decode(input.subarray(2));
  if (input[0] === 0xfe && input[1] === 0xff) return new TextDecoder('utf-16be').decode(input.subarray(2));
  const text = new TextDecoder('utf-8').decode(input);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
