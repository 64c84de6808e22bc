package org.baytrack.runner;

/**
 * A {@code ./baytrack} command that lives in a module built on top of the runner (deploy/bench), so the runner cannot
 * name its class: the module lists it in {@code META-INF/services/org.baytrack.runner.BaytrackSubcommand}, and
 * {@link Baytrack} adds every one found on its class path. The implementation is a picocli {@code @Command} with a
 * public no-argument constructor.
 */
public interface BaytrackSubcommand {
}
