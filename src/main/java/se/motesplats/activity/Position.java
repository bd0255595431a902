package se.motesplats.activity;

/** A point on the map in WGS 84 degrees: a venue's pin, or roughly where a visitor stands. */
public record Position(double latitude, double longitude) {
}
