package org.floorcross.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class EditorsTest {

    private final String hash = Editors.hash("s3cret pass".toCharArray(), 1_000);

    @Test
    void acceptsTheRightPasswordOnly() {
        Editors editors = Editors.parse(List.of("# editors", "", "ann:" + hash));
        assertThat(editors.verify("ann", "s3cret pass".toCharArray())).isTrue();
        assertThat(editors.verify("ann", "s3cret pasS".toCharArray())).isFalse();
        assertThat(editors.verify("bob", "s3cret pass".toCharArray())).isFalse();
    }

    @Test
    void saltsEveryHash() {
        assertThat(Editors.hash("same".toCharArray(), 1_000)).isNotEqualTo(Editors.hash("same".toCharArray(), 1_000));
        assertThat(hash).startsWith("pbkdf2-sha256$1000$").doesNotContain("s3cret");
    }

    @Test
    void namesTheBadLine() {
        assertThatThrownBy(() -> Editors.parse(List.of("ann:" + hash, "bob:plaintext")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2").hasMessageContaining("bob");
    }

    @Test
    void withoutEditorsNobodyCanLogIn() {
        Editors none = Editors.parse(List.of());
        assertThat(none.any()).isFalse();
        assertThat(none.verify("", "".toCharArray())).isFalse();
    }
}
