// What the form kit's attachment field needs from the page: upload a picked file (the server
// answers the field value), open a file already in the value, and the words it shows. Without a
// transport the field keeps only the picked names (the designer's preview).
export interface AttachmentValue {
  id: string;
  name: string;
  size?: number;
  contentType?: string;
}

export type UploadOutcome = { ok: true; value: AttachmentValue } | { ok: false; message: string };

export interface FileTransport {
  upload(file: File, field: string): Promise<UploadOutcome>;
  open(value: AttachmentValue): void | Promise<void>;
  words: { upload: string; remove: string; tooLarge: (maxBytes: number) => string };
}

/** The largest file the field's data schema allows, in bytes (from `items.properties.size.maximum`). */
export function maxFileBytes(schema: { items?: unknown }): number | undefined {
  const items = schema.items as { properties?: { size?: { maximum?: unknown } } } | undefined;
  const max = items?.properties?.size?.maximum;
  return typeof max === 'number' ? max : undefined;
}

/** Human size: 1.5 MB, 820 KB, 12 B. */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} B`;
}
