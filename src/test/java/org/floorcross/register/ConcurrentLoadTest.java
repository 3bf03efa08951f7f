package org.floorcross.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ConcurrentLoadTest {

    @Test
    void threadsAskingForRostersAndMembersAtOnceSeeTheSameAnswers() throws Exception {
        Register register = Register.bundled();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> register.rosters("E07000122").size() + "/"
                        + register.findMembers("Yvonne Tennant", LocalDate.of(2024, 1, 1)).size()));
            }
            for (Future<String> answer : answers) {
                assertThat(answer.get()).isEqualTo(answers.get(0).get()).isNotEqualTo("0/0");
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
