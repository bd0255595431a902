package se.motesplats.signup;

/** Who referred a newcomer to an activity, and whether it is part of their establishment plan. */
record Referral(long referredBy, boolean establishmentPlan) {
}
