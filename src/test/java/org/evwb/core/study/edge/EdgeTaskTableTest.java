package org.evwb.core.study.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evwb.core.project.Problem;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.TimeSeries;
import org.evwb.core.project.edit.ReplaceEntities;
import org.evwb.core.solve.ClasspathSamples;
import org.evwb.core.solve.DataImporter;
import org.evwb.core.solve.RunContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The task-trace import as the study declares it: the edit puts the trace in as series and reverts to the project it
 * was made on; the instance takes the trace's tasks; a trace edited by hand into something the model refuses is
 * refused at the series value's JSON path.
 */
class EdgeTaskTableTest {

    @TempDir
    Path dir;
    private final EdgeStudy study = new EdgeStudy();
    private final Project small = ClasspathSamples.load(EdgeStudy.SAMPLE);

    private DataImporter.Result importTrace(String csv) throws Exception {
        Path f = Files.writeString(dir.resolve("t.csv"), csv);
        return study.importer("tasks").orElseThrow().read(new DataImporter.Request(f, small, null, null),
                RunContext.of(1));
    }

    @Test
    void theTraceIsOneEditTheInstanceUsesAndUndoGivesTheProjectBack() throws Exception {
        DataImporter.Result r = importTrace("utilisation;arrivalSlot;deadlineSlot;revenue\n0.5;3;5;2.5\n1;0;1;\n");
        Project after = r.edit().apply(small);
        EdgeInstance in = study.buildInstance(after, after.studyConfig(EdgeStudy.ID).orElse(null));
        List<EdgeTask> tasks = in.servers().get(0).tasks();
        assertEquals(2, tasks.size());
        assertEquals(0, tasks.get(0).arrivalSlot(), "sorted by arrival");
        assertEquals(1, tasks.get(1).slack());
        assertEquals(1, tasks.get(1).revenue(), "the sample's UNIT revenue: every task earns 1");
        assertEquals(small.timeSeries(), r.edit().revert(after).timeSeries());
        assertFalse(EdgeTaskTable.present(r.edit().revert(after)));
    }

    @Test
    void aHandEditedTraceIsRefusedAtItsSeriesValue() throws Exception {
        Project after = importTrace("arrivalSlot,deadlineSlot,utilisation\n3,5,0.5\n10,12,1\n").edit().apply(small);
        TimeSeries d = after.find(TimeSeries.class, EdgeTaskTable.seriesId("deadlineSlot")).orElseThrow();
        List<Double> v = new ArrayList<>(d.values());
        v.set(1, 30.0);
        Project bad = ReplaceEntities.of("edit", d, new TimeSeries(d.id(), d.name(), d.unit(), d.startMin(),
                d.slotMinutes(), v)).apply(after);
        List<Problem> p = assertThrows(ProjectFileException.class, () -> study.buildInstance(bad,
                bad.studyConfig(EdgeStudy.ID).orElse(null))).problems();
        int j = bad.timeSeries().indexOf(bad.find(TimeSeries.class, d.id()).orElseThrow());
        assertEquals("$.timeSeries[" + j + "].values[1]", p.get(0).path());
        assertTrue(p.get(0).message().contains("k = 0..5"), p.get(0).message());
    }
}
