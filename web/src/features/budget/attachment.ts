/** Receipt types and size the server accepts (src/modules/budget/budget.schemas.ts). */
export const ATTACHMENT_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'image/webp'];
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/**
 * A file as the attachment API expects it: name, type and base64 content. Rejects with an i18n key of
 * the budget namespace when the type or size is refused.
 */
export async function readAttachment(
  file: File,
): Promise<{ fileName: string; contentType: string; dataBase64: string }> {
  if (!ATTACHMENT_TYPES.includes(file.type)) throw new Error('expenses.badType');
  if (file.size > MAX_ATTACHMENT_BYTES) throw new Error('expenses.tooBig');
  const bytes = new Uint8Array(await file.arrayBuffer());
  // Chunked so a 10 MiB file does not overflow the argument list of String.fromCharCode.
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { fileName: file.name, contentType: file.type, dataBase64: btoa(binary) };
}
