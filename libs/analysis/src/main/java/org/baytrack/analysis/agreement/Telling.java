package org.baytrack.analysis.agreement;

/** An agreement as read from one sentence; {@code refersBack} when it is "the deal" of a signing told before. */
record Telling(Agreement agreement, boolean refersBack) {
}
