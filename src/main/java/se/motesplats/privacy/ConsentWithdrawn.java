package se.motesplats.privacy;

/** A person withdrew a consent; published inside the withdrawing transaction. */
public record ConsentWithdrawn(long accountId, ConsentPurpose purpose) {
}
