/** EUR in the page's language, grouped the way Italian administrative texts are ("3.000,00 €"). */
export const euros = (cents: number, language: string) =>
  new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'it-IT', {
    style: 'currency',
    currency: 'EUR',
    useGrouping: 'always',
  }).format(cents / 100);
