package se.motesplats.signup;

/** A sign-up with a confirmed place at a meeting, without names: who holds it and how many come along. */
public record PlaceHolder(long signupId, long accountId, int companions) {
}
