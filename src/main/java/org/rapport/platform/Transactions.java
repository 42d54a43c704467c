package org.rapport.platform;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;

import javax.inject.Inject;
import javax.inject.Named;
import java.util.function.Supplier;

/**
 * The one transaction boundary. Services wrap each write in {@link #write}; stores never open
 * transactions themselves, so a service method is all-or-nothing whatever stores it calls.
 */
@Named
public class Transactions {
    private final ActiveObjects ao;

    @Inject
    public Transactions(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    /** Runs the work in one database transaction; a runtime exception rolls all of it back. */
    public <T> T write(Supplier<T> work) {
        return ao.executeInTransaction(work::get);
    }
}
