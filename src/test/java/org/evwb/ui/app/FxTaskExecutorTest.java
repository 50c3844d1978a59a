package org.evwb.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class FxTaskExecutorTest {

    @Start
    void start(Stage stage) {
        // the FX toolkit must run for Task state changes; no window needed
    }

    @Test
    void tasksRunAndTasksAfterCloseAreCancelledNotThrown() throws Exception {
        FxTaskExecutor executor = new FxTaskExecutor(1);
        Task<Integer> ok = new Task<>() {
            @Override
            protected Integer call() {
                return 42;
            }
        };
        executor.execute(ok);
        assertEquals(42, ok.get(10, TimeUnit.SECONDS));
        executor.close();
        AtomicBoolean ran = new AtomicBoolean();
        Task<Integer> late = new Task<>() {
            @Override
            protected Integer call() {
                ran.set(true);
                return 1;
            }
        };
        executor.execute(late); // must not throw
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> late.getState() == Worker.State.CANCELLED);
        assertTrue(!ran.get(), "a task handed in after close never runs");
    }
}
