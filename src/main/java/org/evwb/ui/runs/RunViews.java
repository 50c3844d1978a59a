package org.evwb.ui.runs;

import org.evwb.ui.platform.RunEntry;

/** What the runs panel can show of a finished run beyond its report: the run's study views (e.g. its Gantt chart). */
public interface RunViews {

    RunViews NONE = new RunViews() {
        @Override
        public boolean canShow(RunEntry run) {
            return false;
        }

        @Override
        public void show(RunEntry run) {
            // nothing to show
        }
    };

    /** True when a study's open views can show this finished run. */
    boolean canShow(RunEntry run);

    /** Makes the run the active one and brings the study view that shows it to the front. */
    void show(RunEntry run);
}
