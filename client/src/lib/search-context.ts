// The line a search hit is known by: a person's seat, as the seat's title, the body and for whom it is held.

export interface SeatContext {
  title: string;
  heldIn: { id: string; name: string } | null;
  onBehalfOf: { id: string; name: string } | null;
}

/** "ordfører, Regionrådet, for Hitra"; the municipality alone when the seat is held in it ("ordfører, Hitra"). */
export function seatContext(seat: SeatContext | null | undefined, forName: (name: string) => string): string {
  if (!seat) return '';
  const parts = [seat.title];
  if (seat.heldIn) parts.push(seat.heldIn.name);
  if (seat.onBehalfOf && seat.onBehalfOf.id !== seat.heldIn?.id) parts.push(forName(seat.onBehalfOf.name));
  return parts.join(', ');
}
