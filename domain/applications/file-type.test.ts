import { describe, expect, it } from 'vitest';
import { detectAttachmentType } from './file-type.ts';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('attachment type from the bytes', () => {
  it('recognises PDF, PNG and JPEG', () => {
    expect(detectAttachmentType(new TextEncoder().encode('%PDF-1.7\n'))).toBe('application/pdf');
    expect(detectAttachmentType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe('image/png');
    expect(detectAttachmentType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('image/jpeg');
  });

  it('refuses an executable, text, an empty file and a truncated signature', () => {
    expect(detectAttachmentType(bytes(0x4d, 0x5a, 0x90, 0x00))).toBeNull();
    expect(detectAttachmentType(new TextEncoder().encode('hello.pdf'))).toBeNull();
    expect(detectAttachmentType(bytes())).toBeNull();
    expect(detectAttachmentType(bytes(0x89, 0x50, 0x4e))).toBeNull();
  });
});
