package org.rapport.standalone;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HostOptionsTest {
    @Test
    void parse_listensOnLoopbackByDefault() {
        HostOptions options = HostOptions.parse(new String[]{"--plugin", "rapport.jar"});

        assertThat(options.bindHost()).isEqualTo("127.0.0.1");
        assertThat(options.reachableFromOtherMachines()).isFalse();
        assertThat(options.demoInsecure()).isFalse();
        assertThat(options.port()).isEqualTo(2990);
    }

    @Test
    void parse_hostOptsInToEveryInterface() {
        HostOptions options = HostOptions.parse(new String[]{"--host", "0.0.0.0", "--plugin", "rapport.jar"});

        assertThat(options.bindHost()).isEqualTo("0.0.0.0");
        assertThat(options.reachableFromOtherMachines()).isTrue();
    }

    @Test
    void parse_demoInsecure() {
        HostOptions options = HostOptions.parse(new String[]{"--host", "0.0.0.0", "--demo-insecure", "--plugin", "rapport.jar"});

        assertThat(options.demoInsecure()).isTrue();
    }

    @Test
    void parse_loopbackByNameOrIpv6_isNotReachableFromOtherMachines() {
        assertThat(HostOptions.parse(new String[]{"--host", "localhost", "--plugin", "j"}).reachableFromOtherMachines()).isFalse();
        assertThat(HostOptions.parse(new String[]{"--host", "::1", "--plugin", "j"}).reachableFromOtherMachines()).isFalse();
    }

    @Test
    void parse_refusesHostWithoutValue() {
        assertThatThrownBy(() -> HostOptions.parse(new String[]{"--plugin", "j", "--host"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--host needs a value");
    }

    @Test
    void parse_unknownOption_listsHostAndDemoInsecure() {
        assertThatThrownBy(() -> HostOptions.parse(new String[]{"--hots", "x"}))
                .hasMessageContaining("--host ADDRESS").hasMessageContaining("--demo-insecure");
    }

    @Test
    void positionalConstructor_keepsLoopback() {
        HostOptions options = new HostOptions(0, Path.of("d"), null, null, null, true, Path.of("j"));

        assertThat(options.bindHost()).isEqualTo(HostOptions.LOOPBACK);
        assertThat(options.demoInsecure()).isFalse();
    }
}
