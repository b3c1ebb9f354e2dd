/** The types an attachment may have (issue 3), recognised from the first bytes of the file, never from its name. */
export const ATTACHMENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

const SIGNATURES: ReadonlyArray<{ type: AttachmentType; bytes: readonly number[] }> = [
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
];

/** The attachment type the bytes are, or null for anything else (an executable renamed .pdf included). */
export const detectAttachmentType = (bytes: Uint8Array): AttachmentType | null =>
  SIGNATURES.find((signature) => signature.bytes.every((byte, index) => bytes[index] === byte))?.type ?? null;
