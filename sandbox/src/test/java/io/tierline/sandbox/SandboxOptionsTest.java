package io.tierline.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SandboxOptionsTest {

  @Test
  void parse_noArguments_usesTheFolderHereAndTheFixedPorts() {
    SandboxOptions o = SandboxOptions.parse(List.of());

    assertThat(o.data()).isEqualTo(Path.of("tierline-sandbox").toAbsolutePath().normalize());
    assertThat(o.wipe()).isFalse();
    assertThat(o.freePorts()).isFalse();
    assertThat(o.trafficFor()).isEmpty();
  }

  @Test
  void parse_everyOption_isTaken() {
    SandboxOptions o =
        SandboxOptions.parse(
            List.of(
                "--data", "/tmp/x/../sbx", "--wipe", "--free-ports", "--traffic-seconds", "90"));

    assertThat(o.data()).isEqualTo(Path.of("/tmp/sbx"));
    assertThat(o.wipe()).isTrue();
    assertThat(o.freePorts()).isTrue();
    assertThat(o.trafficFor()).isEqualTo(Optional.of(Duration.ofSeconds(90)));
  }

  @Test
  void parse_badInput_namesTheOption() {
    assertThatThrownBy(() -> SandboxOptions.parse(List.of("--traffic-seconds", "0")))
        .hasMessageContaining("--traffic-seconds")
        .hasMessageContaining("was 0");
    assertThatThrownBy(() -> SandboxOptions.parse(List.of("--data")))
        .hasMessageContaining("--data: needs a value");
    assertThatThrownBy(() -> SandboxOptions.parse(List.of("--wype")))
        .hasMessageContaining("unknown option --wype");
  }
}
