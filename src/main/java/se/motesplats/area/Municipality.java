package se.motesplats.area;

/** A municipality (kommun) with its four-digit SCB code and its county. */
public record Municipality(String code, String name, String countyCode, String countyName) implements java.io.Serializable {
}
