package se.motesplats.signup;

import org.jspecify.annotations.Nullable;

/** Places of an activity or meeting: {@code capacity} null means no limit. */
public record Availability(@Nullable Integer capacity, int taken, int waiting) {

    public boolean full() {
        return capacity != null && taken >= capacity;
    }

    public int left() {
        return capacity == null ? Integer.MAX_VALUE : Math.max(0, capacity - taken);
    }
}
