package org.evwb.ui.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;

/**
 * Keeps a study's views on its latest run: the active run when it is one of the study's (as soon as it has finished),
 * else, once the run shown has gone from the list, the newest finished run the views can show. One running run is
 * waited for at a time; the wait ends with the project's views.
 */
public final class LatestRunFollower {

    private final AppState state;
    private final String studyId;
    private final Predicate<RunEntry> show;
    private final Supplier<RunEntry> shown;
    private final ChangeListener<RunResult<?, ?>> whenFinished = (o, a, r) -> refresh();
    private RunEntry waitingFor;

    private LatestRunFollower(AppState state, String studyId, Predicate<RunEntry> show, Supplier<RunEntry> shown) {
        this.state = state;
        this.studyId = studyId;
        this.show = show;
        this.shown = shown;
    }

    /**
     * Starts following for views of {@code studyId}: {@code show} shows a run and says false when it cannot (nothing
     * changes then), {@code shown} gives the run shown (or null). Shows the latest run at once.
     */
    public static LatestRunFollower start(StudyContext ctx, String studyId, Predicate<RunEntry> show,
                                          Supplier<RunEntry> shown) {
        LatestRunFollower f = new LatestRunFollower(ctx.state(), studyId, show, shown);
        ctx.subscriptions().listen(ctx.state().activeRunProperty(), (o, a, run) -> f.refresh());
        ctx.subscriptions().onDispose(() -> f.follow(null));
        f.refresh();
        return f;
    }

    /** Shows the active run of the study when it has finished (waits for it otherwise), else the newest one. */
    public void refresh() {
        RunEntry active = state.getActiveRun();
        if (active != null && studyId.equals(active.studyId())) {
            if (active.result() == null) {
                follow(active);
                return;
            }
            follow(null);
            if (show.test(active)) {
                return;
            }
        }
        RunEntry now = shown.get();
        if (now == null || !state.getRuns().contains(now)) {
            List<RunEntry> runs = new ArrayList<>(state.getRuns());
            for (int k = runs.size() - 1; k >= 0; k--) {
                if (show.test(runs.get(k))) {
                    return;
                }
            }
        }
    }

    private void follow(RunEntry run) {
        if (waitingFor != null) {
            waitingFor.resultProperty().removeListener(whenFinished);
        }
        waitingFor = run;
        if (run != null) {
            run.resultProperty().addListener(whenFinished);
        }
    }
}
