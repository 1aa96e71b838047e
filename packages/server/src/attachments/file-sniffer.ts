// What a file really is, read from its first bytes (magic numbers), never from the Content-Type
// the client sent or the name alone. Zip containers are told apart by the name's extension only
// after the bytes prove a zip (docx / xlsx / pptx are zips). Text is accepted as .txt / .csv only
// when it is valid UTF-8 without NUL bytes.

export interface SniffedType {
  /** The MIME type served back. */
  mime: string;
  /** The extensions this type is known by, for `accept: [".pdf"]`. */
  extensions: readonly string[];
}

const PDF: SniffedType = { mime: 'application/pdf', extensions: ['.pdf'] };
const PNG: SniffedType = { mime: 'image/png', extensions: ['.png'] };
const JPEG: SniffedType = { mime: 'image/jpeg', extensions: ['.jpg', '.jpeg'] };
const GIF: SniffedType = { mime: 'image/gif', extensions: ['.gif'] };
const WEBP: SniffedType = { mime: 'image/webp', extensions: ['.webp'] };
const ZIP: SniffedType = { mime: 'application/zip', extensions: ['.zip'] };
const OFFICE: Record<string, SniffedType> = {
  '.docx': { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['.docx'] },
  '.xlsx': { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['.xlsx'] },
  '.pptx': { mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', extensions: ['.pptx'] },
};
const TEXT: Record<string, SniffedType> = {
  '.txt': { mime: 'text/plain', extensions: ['.txt'] },
  '.csv': { mime: 'text/csv', extensions: ['.csv'] },
};

/** The MIME types accepted when the form field names none. */
export const DEFAULT_ACCEPT: readonly string[] = [
  PDF.mime, PNG.mime, JPEG.mime, GIF.mime, WEBP.mime, ZIP.mime,
  ...Object.values(OFFICE).map((t) => t.mime), ...Object.values(TEXT).map((t) => t.mime),
];

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0) => b.length >= at + sig.length && sig.every((x, i) => b[at + i] === x);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

export function extensionOf(name: string): string {
  const i = name.lastIndexOf('.');
  return i > 0 ? name.slice(i).toLowerCase() : '';
}

/** The type the bytes prove, or undefined for anything not on the list (executables included). */
export function sniffType(bytes: Uint8Array, name: string): SniffedType | undefined {
  if (startsWith(bytes, ascii('%PDF-'))) return PDF;
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return PNG;
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return JPEG;
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return GIF;
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return WEBP;
  const ext = extensionOf(name);
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return OFFICE[ext] ?? ZIP;
  const text = TEXT[ext];
  if (text && isPlainText(bytes)) return text;
  return undefined;
}

function isPlainText(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Whether a field's `accept` list (".pdf", "image/*", "application/pdf") admits the type. */
export function accepted(accept: readonly string[] | undefined, type: SniffedType): boolean {
  const list = accept?.length ? accept : DEFAULT_ACCEPT;
  return list.some((a) => {
    const x = a.trim().toLowerCase();
    if (x.startsWith('.')) return type.extensions.includes(x);
    if (x.endsWith('/*')) return type.mime.startsWith(x.slice(0, -1));
    return x === type.mime;
  });
}
