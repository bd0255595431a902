package se.motesplats.area;

import java.util.List;

/** A named group of municipalities that work together. */
public record Knutpunkt(long id, String name, List<String> municipalityCodes) {
}
