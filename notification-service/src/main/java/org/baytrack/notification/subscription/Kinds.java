package org.baytrack.notification.subscription;

import org.baytrack.events.vocabulary.ChangeKind;

import java.util.Arrays;
import java.util.List;

/**
 * The kinds of change a subscription can filter on, as their {@link ChangeKind} codes: the {@code change} values of
 * project.status-changed, and {@code agreement} for every agreement.changed.
 */
public final class Kinds {
    public static final List<String> ALL = Arrays.stream(ChangeKind.values()).map(ChangeKind::code).toList();

    private Kinds() {
    }
}
