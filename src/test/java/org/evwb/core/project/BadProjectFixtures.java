package org.evwb.core.project;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The valid project every file of the bad-project corpus starts from, for tests in other packages. */
public final class BadProjectFixtures {

    private BadProjectFixtures() {
    }

    /**
     * Motorway m1 (nodes n1 at 0 km, n2 at 10 km, n3 at 20 km), station cs1, base station bs1, edge server e1 with
     * series "solar", vehicle type t1 (24 kWh) and vehicles v0…v3.
     */
    public static Project base() {
        try (InputStream in = BadProjectFixtures.class.getResourceAsStream("/bad-projects/valid/base.evwb.json")) {
            return new ProjectIO().read(in.readAllBytes(), "base.evwb.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ProjectFileException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
