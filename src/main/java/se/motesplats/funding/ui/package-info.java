/** The funding views: the eligibility meter on an activity's page, associations' claims, coordinators' decisions. */
@NullMarked
package se.motesplats.funding.ui;

import org.jspecify.annotations.NullMarked;
