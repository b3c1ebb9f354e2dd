import { formatEuros } from '../../components/format.ts';
/** EUR in the page's language, grouped the way Italian administrative texts are ("3.000,00 €"). */
export const euros = formatEuros;
