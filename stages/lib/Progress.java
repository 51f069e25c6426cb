package lib;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Progress of long loops on stderr: a bar on a terminal, a line every few seconds in logs. */
public final class Progress {
    private Progress() {}

    public static ProgressBar start(String task, long total) {
        ProgressBarBuilder b = new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(System.console() != null ? 500 : 5000)
                .continuousUpdate();
        b.setConsumer(System.console() != null ? new ConsoleProgressBarConsumer(System.err)
                : new DelegatingProgressBarConsumer(System.err::println));
        return b.build();
    }
}
