package org.evwb.core.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.evwb.core.chart.SweepChartRenderer;
import org.evwb.core.project.Json;
import org.evwb.core.project.Project;
import org.evwb.core.solve.sweep.StudySweeps;
import org.evwb.core.solve.sweep.SweepChart;
import org.evwb.core.solve.sweep.SweepEngine;
import org.evwb.core.solve.sweep.SweepPreset;
import org.evwb.core.solve.sweep.SweepResult;
import org.evwb.core.solve.sweep.SweepRow;
import org.evwb.core.solve.sweep.SweepTable;
import org.evwb.core.study.Studies;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every sweep preset of every registered study: it builds its plan on the study's sample project, runs its first
 * point (one seed) with every solver, each solution through the study's checker, and every chart finds its columns in
 * the tables and draws.
 */
class SweepPresetPlatformTest {

    private final OptimizerRunner runner = new OptimizerRunner(ComputeCarbon.Settings.DEFAULT, Json.newMapper());

    @TestFactory
    Stream<DynamicTest> everyPresetOfEveryStudyRunsOnePoint() {
        List<DynamicTest> tests = new ArrayList<>();
        for (StudyDefinition<?, ?> s : Studies.standard().studies()) {
            for (SweepPreset<?, ?> p : s.sweepPresets()) {
                tests.add(dynamicTest(s.id() + " " + p.id(), () -> onePoint(s, p)));
            }
        }
        assertFalse(tests.isEmpty(), "the standard studies declare presets");
        return tests.stream();
    }

    @SuppressWarnings("unchecked")
    private <I, S> void onePoint(StudyDefinition<I, S> study, SweepPreset<?, ?> raw) {
        SweepPreset<I, S> preset = (SweepPreset<I, S>) raw;
        Project project = study.sampleProject().orElseThrow();
        StudySweeps.Spec<I, S> full = StudySweeps.ofPreset(study, preset, project,
                project.studyConfig(study.id()).orElse(null));
        assertEquals(preset.taskCount(), full.plan(ComputeCarbon.Settings.DEFAULT).tasks().size());
        StudySweeps.Spec<I, S> one = full.firstPointOnly().withThreads(1);
        List<Integer> checked = new ArrayList<>();
        SweepResult<Void> r = new SweepEngine(runner).run(one.plan(ComputeCarbon.Settings.DEFAULT), task -> {
            for (RunOutcome<S> o : task.outcomes()) {
                checked.add(o.solution() == null ? -1 : study.checker().check(task.instance(), o.solution()).size());
            }
            return null;
        }, new RunContext(1, null, RunListener.NONE));
        assertEquals(1, r.finishedTasks());
        assertEquals(preset.solverIds(), r.rows().stream().map(SweepRow::solver).toList());
        for (int i = 0; i < r.rows().size(); i++) {
            SweepRow row = r.rows().get(i);
            assertNotEquals(RunStatus.FAILED, row.status(), () -> row.solver() + ": " + row.error());
            assertEquals(checked.get(i), row.violations(), row.solver() + ": the row carries the checker's verdict");
        }

        StudySweeps.Output out = StudySweeps.run(one, runner, ComputeCarbon.Settings.DEFAULT,
                new RunContext(1, null, RunListener.NONE));
        for (String c : preset.columns()) {
            assertTrue(out.table(SweepTable.ROWS).orElseThrow().columns().contains(c), preset.id() + ": column " + c);
        }
        Set<String> ids = new HashSet<>();
        for (SweepChart c : out.charts()) {
            assertTrue(ids.add(c.id()), "chart ids are unique: " + c.id());
            SweepTable t = out.table(c.table()).orElseThrow(() -> new AssertionError(c.id() + " reads table "
                    + c.table() + ", which the sweep does not make"));
            for (String col : c.columns()) {
                assertTrue(t.columns().contains(col), c.id() + ": table " + t.name() + " has no column " + col);
            }
            assertTrue(SweepChartRenderer.render(c, out.tables()).getPlot() != null);
        }
    }
}
