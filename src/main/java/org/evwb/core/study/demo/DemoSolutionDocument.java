package org.evwb.core.study.demo;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.evwb.core.project.OptionalField;

/**
 * A demo solution as result files hold it ({@code $.solution}, docs/results.md): one entry per vehicle.
 *
 * @param assignments per vehicle its id, its station's id ({@code null}: not assigned; written explicitly) and the
 *                    straight-line distance (informative; {@code check} recomputes it)
 */
public record DemoSolutionDocument(List<Assignment> assignments) {

    /** One vehicle's station. */
    public record Assignment(String vehicle, @OptionalField @JsonInclude(JsonInclude.Include.ALWAYS) String station,
                             @OptionalField Double distanceKm) { }
}
