// A server refusal's JSON Pointer ("/parent", "/roles/2") -> the form field it belongs to.
export function fieldOfPointer(pointer: string | undefined): string | undefined {
  const m = pointer?.match(/^\/([A-Za-z]+)/);
  return m?.[1];
}
