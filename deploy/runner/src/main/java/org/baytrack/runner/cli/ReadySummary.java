package org.baytrack.runner.cli;

import org.baytrack.runner.board.BoardTables;
import org.baytrack.runner.client.ApiException;
import org.baytrack.runner.client.BaytrackClient;
import org.baytrack.runner.stack.Service;
import org.baytrack.runner.stack.Stack;

import java.io.PrintWriter;

/** The last thing {@code up} prints once its stack is ready: the board, where to open it, and how to stop it all. */
final class ReadySummary {
    private ReadySummary() {
    }

    /** {@code background}: this runner was started by {@code up --detach}, so no Ctrl-C reaches it. */
    static void print(Stack stack, BaytrackClient client, boolean background, PrintWriter out, PrintWriter err) {
        boolean board = stack.runs(Service.TRACKER);
        if (board) {
            try {
                out.println();
                out.print(BoardTables.projects(client.projects(), false));
            } catch (ApiException e) {
                err.println("The tracker did not answer GET /projects: " + e.getMessage());
            }
        }
        out.println();
        if (board) {
            out.println("Project board in a browser: " + client.endpoints().boardPage());
        }
        out.println(background ? "Baytrack runs in the background (runner pid " + ProcessHandle.current().pid()
                + "). ./baytrack status shows it, ./baytrack down stops it." : "Baytrack is up. Press Ctrl-C to stop everything.");
        out.flush();
    }
}
