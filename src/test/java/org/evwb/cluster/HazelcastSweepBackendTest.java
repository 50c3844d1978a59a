package org.evwb.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import com.hazelcast.core.HazelcastInstance;
import org.evwb.core.project.Json;
import org.evwb.core.solve.ComputeCarbon;
import org.evwb.core.solve.OptimizerRunner;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.RunListener;
import org.evwb.core.solve.RunStatus;
import org.evwb.core.solve.StudyRegistry;
import org.evwb.core.solve.sweep.StudySweeps;
import org.evwb.core.solve.sweep.SweepBackendOptions;
import org.evwb.core.solve.sweep.SweepBackends;
import org.evwb.core.solve.sweep.SweepRow;
import org.evwb.core.study.demo.DemoInstance;
import org.evwb.core.study.demo.DemoSolution;
import org.junit.jupiter.api.Test;

/**
 * The Hazelcast backend's failure paths on embedded members: a member lost mid-sweep has its tasks run elsewhere (the
 * rows are still the local pool's), a task that fails twice becomes FAILED rows with the reason and the others
 * finish, and a cancel stops the members' runs and keeps the finished rows.
 */
class HazelcastSweepBackendTest {

    private final OptimizerRunner runner = new OptimizerRunner(ComputeCarbon.Settings.DEFAULT, Json.newMapper());

    private static StudySweeps.Spec<DemoInstance, DemoSolution> spec(SlowDemoStudy study) {
        return StudySweeps.ofPreset(study, study.sweepPreset(SlowDemoStudy.PRESET).orElseThrow(), study.project(),
                null);
    }

    private static HazelcastSweepBackend embedded(SlowDemoStudy study, int members) {
        return HazelcastBackendProvider.embedded(new SweepBackendOptions(List.of(), members, "evwb-test", 1),
                new StudyRegistry().register(study));
    }

    private static List<SweepRow> untimed(List<SweepRow> rows) {
        return rows.stream().map(SweepRow::withoutTimings).toList();
    }

    private List<SweepRow> localRows(SlowDemoStudy study) {
        return untimed(StudySweeps.run(spec(study), SweepBackends.local(), runner, ComputeCarbon.Settings.DEFAULT,
                new RunContext(1, null, RunListener.NONE)).rows());
    }

    @Test
    void aLostMembersTasksRunElsewhereWithTheSameRows() throws Exception {
        SlowDemoStudy study = new SlowDemoStudy(9, -1, 150);
        List<SweepRow> expected = localRows(study);
        study.solves.set(0);
        try (HazelcastSweepBackend backend = embedded(study, 3)) {
            // the third member dies while it runs a task: that run holds until the driver has seen it go
            HazelcastInstance victim = backend.owned().get(2);
            UUID victimId = victim.getCluster().getLocalMember().getUuid();
            HazelcastInstance driver = backend.owned().get(0);
            AtomicBoolean killed = new AtomicBoolean();
            study.onStart = () -> {
                // one worker per member, so the first call reaches every member; member threads are "hz.<name>.…"
                if (Thread.currentThread().getName().startsWith("hz." + victim.getName() + ".")
                        && killed.compareAndSet(false, true)) {
                    CompletableFuture.runAsync(() -> victim.getLifecycleService().terminate());
                    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                    while (System.nanoTime() < end && driver.getCluster().getMembers().stream()
                            .anyMatch(m -> m.getUuid().equals(victimId))) {
                        try {
                            Thread.sleep(5);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                }
            };
            RunContext ctx = new RunContext(1, null, RunListener.NONE);
            StudySweeps.Output out = StudySweeps.run(spec(study), backend, runner, ComputeCarbon.Settings.DEFAULT,
                    ctx);
            assertFalse(out.cancelled());
            assertTrue(killed.get(), "the third member was stopped in the middle of a task");
            assertEquals(9, out.result().finishedTasks());
            assertEquals(expected, untimed(out.rows()), "every task ran once to the end, in plan order");
            assertTrue(out.rows().stream().allMatch(r -> r.status() != RunStatus.FAILED && r.feasible()));
            assertTrue(study.solves.get() > 9, "the lost member's task started again elsewhere: "
                    + study.solves.get() + " starts for 9 tasks");
            assertEquals(2, backend.owned().stream().filter(h -> h.getLifecycleService().isRunning()).count());
        }
    }

    @Test
    void aTaskThatFailsTwiceIsAFailedRowWithTheReason() {
        SlowDemoStudy study = new SlowDemoStudy(4, 2, 0);
        try (HazelcastSweepBackend backend = embedded(study, 2)) {
            StudySweeps.Output out = StudySweeps.run(spec(study), backend, runner, ComputeCarbon.Settings.DEFAULT,
                    new RunContext(1, null, RunListener.NONE));
            assertEquals(4, out.result().finishedTasks());
            assertEquals(8, out.rows().size());
            for (SweepRow r : out.rows()) {
                if (r.task() == 2) {
                    assertEquals(RunStatus.FAILED, r.status(), r::toString);
                    assertTrue(r.error().contains("failed twice") && r.error().contains("k=2 is refused on purpose"),
                            r.error());
                } else {
                    assertTrue(r.feasible() && r.status() != RunStatus.FAILED, r::toString);
                }
            }
            assertEquals(3 + 2, study.builds.get(), "three tasks built once, the refused one twice");
        }
    }

    @Test
    void aCancelStopsTheMembersRunsAndKeepsTheFinishedRows() throws Exception {
        SlowDemoStudy study = new SlowDemoStudy(12, -1, 2000);
        try (HazelcastSweepBackend backend = embedded(study, 2)) {
            StudySweeps.Spec<DemoInstance, DemoSolution> spec = spec(study);
            RunContext ctx = new RunContext(1, null, RunListener.NONE);
            CompletableFuture<StudySweeps.Output> run = CompletableFuture.supplyAsync(() ->
                    StudySweeps.run(spec, backend, runner, ComputeCarbon.Settings.DEFAULT, ctx));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (study.solves.get() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertEquals(2, study.solves.get(), "one slow run on each member");
            long t0 = System.nanoTime();
            ctx.cancel();
            StudySweeps.Output out = run.get(20, TimeUnit.SECONDS);
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertTrue(out.cancelled());
            assertEquals(0, study.finishedSolves.get() - out.rows().stream()
                    .filter(r -> r.solver().equals("slow")).count(), "only runs cut short are dropped");
            assertTrue(seconds < 1.5, "the members' slow runs stopped on the cancel, not after 2 s: " + seconds);
            assertTrue(out.result().finishedTasks() < 12);
        }
    }
}
