package io.tierline.costanalyzer.resources;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The served OpenAPI document lists every route the resources answer, with its method, and no
 * other.
 */
class OpenApiRoutesTest {

  static final List<Class<?>> RESOURCES =
      List.of(
          EstimateResource.class,
          ClustersResource.class,
          PricingResource.class,
          OpenApiResource.class,
          ReportResource.class,
          HistoryResource.class,
          ApplyResource.class);

  @Test
  void document_listsEveryResourceRouteAndMethod() throws Exception {
    JsonNode paths =
        new YAMLMapper()
            .readTree(OpenApiResource.class.getResourceAsStream(OpenApiResource.RESOURCE))
            .get("paths");
    List<String> routes = new ArrayList<>();
    for (Class<?> r : RESOURCES) {
      String base = r.getAnnotation(Path.class).value();
      for (Method m : r.getDeclaredMethods()) {
        String verb =
            m.isAnnotationPresent(GET.class)
                ? "get"
                : m.isAnnotationPresent(POST.class) ? "post" : null;
        if (verb == null) {
          continue;
        }
        Path sub = m.getAnnotation(Path.class);
        String path = (base + (sub == null ? "" : sub.value())).replaceAll("/+$", "");
        routes.add(verb + " " + path);
        assertThat(paths.has(path)).as("OpenAPI path " + path).isTrue();
        assertThat(paths.get(path).has(verb))
            .as(verb.toUpperCase(Locale.ROOT) + " " + path)
            .isTrue();
      }
    }
    List<String> documented = new ArrayList<>();
    paths
        .fields()
        .forEachRemaining(
            e ->
                e.getValue()
                    .fieldNames()
                    .forEachRemaining(v -> documented.add(v + " " + e.getKey())));
    assertThat(documented).containsExactlyInAnyOrderElementsOf(routes);
  }
}
