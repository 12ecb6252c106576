package io.tierline.costanalyzer.resources;

import com.codahale.metrics.annotation.Timed;
import io.tierline.costanalyzer.errors.InvalidInputException;
import io.tierline.costanalyzer.report.ReportService;
import io.tierline.reports.InvalidReportException;
import io.tierline.reports.ReportFormat;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * {@code GET /api/v1/clusters/{cluster}/report?format=html|csv|parquet|json}: the cost report as a
 * download, with the format's content type and a file name. The report is rendered before the
 * answer starts, so a failure is still a clean error rather than a truncated file.
 */
@Path("/api/v1/clusters/{cluster}/report")
public final class ReportResource {

  private final ReportService reports;

  public ReportResource(ReportService reports) {
    this.reports = reports;
  }

  @Timed
  @GET
  public Response report(@PathParam("cluster") String cluster, @QueryParam("format") String format)
      throws IOException {
    ReportFormat f;
    try {
      f = ReportFormat.parse(format == null ? "html" : format);
    } catch (InvalidReportException e) {
      throw new InvalidInputException(e.getMessage(), e);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    reports.write(cluster, f, out);
    return Response.ok(out.toByteArray(), f.contentType())
        .header(
            HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + f.fileName(cluster) + "\"")
        .build();
  }
}
