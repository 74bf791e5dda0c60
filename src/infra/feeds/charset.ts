// Decodes a feed body to text with the right character set: a byte-order mark first, then the
// HTTP Content-Type charset, then the XML prolog's encoding="..." (ISO-8859-1 feeds still exist),
// else UTF-8 — and bytes that are not valid UTF-8 are read as Windows-1252, which is what a
// mislabelled Western feed almost always is.
import iconv from 'iconv-lite';

function charsetFromContentType(contentType: string | null | undefined): string | undefined {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  return match?.[1]?.toLowerCase();
}

/** Encoding named by a BOM or by the XML declaration at the start of the document. */
function sniffXmlEncoding(bytes: Uint8Array): { encoding: string; bom: boolean } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bom: true };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bom: true };
  if (bytes[0] === 0x3c && bytes[1] === 0x00 && bytes[2] === 0x3f && bytes[3] === 0x00) return { encoding: 'utf-16le', bom: false };
  if (bytes[0] === 0x00 && bytes[1] === 0x3c && bytes[2] === 0x00 && bytes[3] === 0x3f) return { encoding: 'utf-16be', bom: false };
  const head = Buffer.from(bytes.subarray(0, 512)).toString('latin1');
  const prolog = /^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head);
  return prolog ? { encoding: prolog[1]!.toLowerCase(), bom: false } : undefined;
}

export interface DecodedBody {
  text: string;
  /** The character set actually used. */
  charset: string;
}

export function decodeFeedBody(bytes: Uint8Array, contentType: string | null | undefined): DecodedBody {
  const sniffed = sniffXmlEncoding(bytes);
  const declared = sniffed?.bom ? sniffed.encoding : (charsetFromContentType(contentType) ?? sniffed?.encoding ?? 'utf-8');
  // WHATWG Encoding: these labels mean Windows-1252 on the web (curly quotes at 0x91-0x94).
  const label = /^(iso-?8859-1|latin-?1|l1|us-ascii|ascii|cp819|ibm819)$/i.test(declared) ? 'windows-1252' : declared;
  let charset = iconv.encodingExists(label) ? label : 'utf-8';
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (/^utf-?8$/i.test(charset)) {
    try {
      const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buffer);
      return { text, charset: 'utf-8' };
    } catch {
      charset = 'windows-1252';
    }
  }
  return { text: iconv.decode(buffer, charset, { stripBOM: true }), charset };
}
