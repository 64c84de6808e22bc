package org.baytrack.runner.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StackDaemonTest {
    @Test
    void theStateFileSaysWhatTheBackgroundRunnerReachedAndForgettingRemovesIt(@TempDir Path dataDir) throws Exception {
        assertThat(StackDaemon.state(dataDir)).isNull();
        StackDaemon.markState(dataDir, StackDaemon.STARTING);
        assertThat(StackDaemon.state(dataDir)).isEqualTo("starting");
        StackDaemon.markState(dataDir, StackDaemon.READY);
        assertThat(StackDaemon.state(dataDir)).isEqualTo("ready");
        Files.writeString(dataDir.resolve(RunnerHome.RUNNER_PID_FILE), "1\n");
        StackDaemon.forget(dataDir);
        assertThat(StackDaemon.state(dataDir)).isNull();
        assertThat(dataDir.resolve(RunnerHome.RUNNER_PID_FILE)).doesNotExist();
    }

    @Test
    void aPidFileNamingADeadOrForeignProcessIsNoRunner(@TempDir Path dataDir) throws Exception {
        Path pidFile = dataDir.resolve(RunnerHome.RUNNER_PID_FILE);
        assertThat(StackDaemon.runner(dataDir)).isEmpty();
        Process sleep = new ProcessBuilder("sleep", "30").start();
        try {
            Files.writeString(pidFile, sleep.pid() + "\n");
            assertThat(StackDaemon.runner(dataDir)).as("a live process that is not the runner").isEmpty();
        } finally {
            sleep.destroy();
            sleep.waitFor();
        }
        assertThat(StackDaemon.runner(dataDir)).as("a dead pid").isEmpty();
    }

    @Test
    void theBackgroundRunnerGetsTheDetachedUpsOptionsButNotDetachItself(@TempDir Path dataDir) {
        UpCommand up = new UpCommand();
        new CommandLine(up).parseArgs("--detach", "--timeout=60", "--webhook-loopback-port", "9000",
                "--webhook-loopback-port", "9001", "--samples", "some/samples");
        List<String> args = up.daemonArguments(dataDir);
        assertThat(args).containsExactly("--daemon", "--data-dir=" + dataDir, "--timeout=60",
                "--webhook-loopback-port=9000", "--webhook-loopback-port=9001",
                "--samples=" + Path.of("some/samples").toAbsolutePath());

        UpCommand quiet = new UpCommand();
        new CommandLine(quiet).parseArgs("--detach", "--no-samples", "--samples", "ignored");
        assertThat(quiet.daemonArguments(dataDir)).containsExactly("--daemon", "--data-dir=" + dataDir, "--timeout=180",
                "--no-samples");

        List<String> command = StackDaemon.command(Path.of("/repo"), args);
        assertThat(command).containsSubsequence("-Dbaytrack.root=/repo", "org.baytrack.runner.Baytrack", "up", "--daemon");
        assertThat(command).doesNotContain("--detach");
    }
}
