package org.evwb.core.study.exchange;

import java.util.List;
import org.evwb.core.project.ProjectFileException;

/** Participants of a generated paper-size scenario. */
final class ExchangeInstanceBuilderHelper {

    List<Participant> participants(int evs, int bss, long seed) {
        var project = new ExchangeGenerator(ExchangeGenerator.Settings.defaults(), ExchangeParameters.defaults())
                .generate(evs, bss, seed);
        try {
            return new ExchangeInstanceBuilder().build(project, null).participants();
        } catch (ProjectFileException e) {
            throw new AssertionError(e);
        }
    }
}
