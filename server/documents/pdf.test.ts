import { describe, expect, it } from 'vitest';
import { pageLayout, renderPdf } from './pdf.ts';
import { pdfText } from './pdf-text.ts';

describe('renderPdf', () => {
  it('renders Italian accents that pdftotext reads back, with header and footer', async () => {
    const pdf = await renderPdf(
      pageLayout({
        universityName: 'Politecnico di Bari',
        title: 'Prova',
        // 10:00 UTC on 23 November is 11:00 in Rome (winter time).
        generatedAt: new Date('2026-11-23T10:00:00Z'),
        content: [{ text: 'Attività di tutorato: città, perché, più, È già così', style: 'h1' }],
      }),
    );
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf);
    expect(text).toContain('Attività di tutorato: città, perché, più, È già così');
    expect(text).toContain('Politecnico di Bari');
    expect(text).toContain('Generato il 23/11/2026 11:00');
    expect(text).toContain('Pagina 1 di 1');
  });

  it('refuses to read local files or URLs named in a document', async () => {
    await expect(renderPdf({ content: [{ image: '/etc/passwd' }] })).rejects.toThrow(/denied|access/i);
    await expect(renderPdf({ content: [{ image: 'https://example.org/logo.png' }] })).rejects.toThrow();
  });
});
