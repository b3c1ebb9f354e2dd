/**
 * The position's grant as the offer made it, for the appointment that follows: an offer of returned hours carries
 * fewer hours, and their amount, than the position's whole grant (decision 013); any other offer, the position's.
 * Called from the appointments feature when it prefills an appointment's terms.
 */
export const offeredGrantOf = <
  T extends {
    offer: { hours: number | null; amountCents: number | null };
    position: { hoursPerGrant: number; amountPerGrantCents: number };
  },
>(
  facts: T,
): T => ({
  ...facts,
  position: {
    ...facts.position,
    hoursPerGrant: facts.offer.hours ?? facts.position.hoursPerGrant,
    amountPerGrantCents: facts.offer.amountCents ?? facts.position.amountPerGrantCents,
  },
});
