package territorymap.territory;

/** Which side of the line of contact a piece of a region lies on, in one control layer. */
public enum Side {
  /** Under Russian control in the layer. */
  OCCUPIED,
  /** Held by Ukraine in the layer. */
  HELD
}
