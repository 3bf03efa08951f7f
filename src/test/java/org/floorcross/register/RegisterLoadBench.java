package org.floorcross.register;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;

/**
 * Times loading the bundled register, run by hand (not a test): prints cold load time, first roster of a body
 * (one year file each), all rosters, the member index, and warm lookups, as wall-clock time and as the main thread's
 * CPU time (steadier on a shared machine). Results go in docs/benchmarks.md.
 */
public final class RegisterLoadBench {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private RegisterLoadBench() {
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        Register register = Register.bundled();
        report("cold load: bodies and parties (" + register.bodies().size() + " bodies, "
                + register.parties().size() + " parties)", start);

        start = System.nanoTime();
        int seats = register.rosters("E07000172").size();
        report("rosters of Broxtowe, first call (" + seats + " rosters, parses all 10 year files)", start);

        start = System.nanoTime();
        register.rosters("E07000122");
        report("rosters of Pendle, after the year files are indexed", start);

        start = System.nanoTime();
        int found = register.findMembers("Asjad Mahmood", LocalDate.of(2024, 2, 1)).size();
        report("findMembers first call, builds member index (" + found + " found)", start);

        start = System.nanoTime();
        int lookups = 0;
        for (int i = 0; i < 1000; i++) {
            lookups += register.findBody("Pendle Council").isPresent() ? 1 : 0;
            lookups += register.matchBody("Newcastle") instanceof BodyMatch.Ambiguous ? 1 : 0;
            lookups += register.findParty("Lib Dems").isPresent() ? 1 : 0;
        }
        report("3000 warm lookups (" + lookups + " answered)", start);
    }

    private static long cpuMark = CPU.getCurrentThreadCpuTime();

    private static void report(String what, long startNanos) {
        long cpu = CPU.getCurrentThreadCpuTime();
        System.out.printf("%-88s wall %7.1f ms  cpu %7.1f ms%n", what, (System.nanoTime() - startNanos) / 1e6,
                (cpu - cpuMark) / 1e6);
        cpuMark = CPU.getCurrentThreadCpuTime();
    }
}
