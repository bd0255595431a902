package se.motesplats.area;

/**
 * A municipality (kommun) with its four-digit SCB code and its county, and its seat (centralort) with the
 * seat's point (WGS84, three decimals): where a map places the municipality as a whole.
 */
public record Municipality(String code, String name, String countyCode, String countyName, String seat, double latitude,
        double longitude) implements java.io.Serializable {
}
