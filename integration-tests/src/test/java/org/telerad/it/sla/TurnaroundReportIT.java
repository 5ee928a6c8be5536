package org.telerad.it.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.telerad.it.support.Stack;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * Turnaround reports through {@code /api/sla/turnaround}, over finished clocks of a facility of the test's own
 * (rows of {@code sla_clock} on 2026-01-15): ten STAT CT preliminary reads taking 10, 20, ... 100 minutes against
 * a 30-minute target, so 3 met, p50 55 min, p90 91 min; as JSON and as CSV (Accept or {@code ?format=csv}).
 */
class TurnaroundReportIT {

    private static final Instant DAY = Instant.parse("2026-01-15T08:00:00Z");
    private static final long MINUTE = 60_000;
    private static String facility;

    @BeforeAll
    static void tenStatReadsAndOneRoutineFinal() {
        facility = ContractFixtures.newFacility("it-tat");
        for (int i = 1; i <= 10; i++) {
            ContractFixtures.finishedClock(facility, "STAT", "PRELIMINARY", "CT", DAY.plusSeconds(60L * i), 30, 1,
                    2, 10L * i);
        }
        ContractFixtures.finishedClock(facility, "ROUTINE", "FINAL", "MR", DAY, 24 * 60, 5, 300, 600);
    }

    private static ExtractableResponse<Response> report(String as) {
        return Stack.api(as).queryParam("facility", facility).queryParam("from", "2026-01-15")
                .queryParam("to", "2026-01-15").get("/sla/turnaround").then().extract();
    }

    @Test
    void the_report_gives_the_share_within_target_and_percentiles_by_priority_modality_and_read_type() {
        ExtractableResponse<Response> answer = report("credentialing");
        assertThat(answer.statusCode()).isEqualTo(200);
        JsonPath r = answer.jsonPath();

        assertThat(r.getList("facilities", String.class)).containsExactly(facility);
        assertThat(r.getString("from")).isEqualTo("2026-01-15T00:00:00Z");
        assertThat(r.getString("to")).isEqualTo("2026-01-16T00:00:00Z");
        assertThat(r.getLong("overall.tasks")).isEqualTo(11);
        assertThat(r.getLong("overall.withinTarget")).isEqualTo(4);
        assertThat(r.getList("byPriority.value", String.class)).containsExactly("STAT", "ROUTINE");
        assertThat(r.getLong("byPriority[0].p50Ms")).isEqualTo(55 * MINUTE);
        assertThat(r.getLong("byPriority[0].p90Ms")).isEqualTo(91 * MINUTE);
        assertThat(r.getDouble("byPriority[0].shareWithinTarget")).isEqualTo(0.3);
        assertThat(r.getList("byModality.value", String.class)).containsExactly("CT", "MR");
        assertThat(r.getList("byReadType.value", String.class)).containsExactly("FINAL", "PRELIMINARY");
        assertThat(r.getList("breaches")).hasSize(7);
        assertThat(r.getString("breaches[6].mainCause")).isEqualTo("READING");
        assertThat(r.getLong("breaches[6].readingMs")).isEqualTo(98 * MINUTE);
        assertThat(r.getLong("breaches[6].overdueMs")).isEqualTo(70 * MINUTE);
    }

    @Test
    void the_same_figures_download_as_csv() {
        ExtractableResponse<Response> csv = Stack.api("auditor").accept("text/csv").queryParam("facility", facility)
                .queryParam("from", "2026-01-15").queryParam("to", "2026-01-15").get("/sla/turnaround").then()
                .statusCode(200).extract();

        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).isEqualTo(
                "attachment; filename=\"turnaround-" + facility + "-2026-01-15-2026-01-16.csv\"");
        List<String> lines = List.of(csv.asString().split("\r\n"));
        assertThat(lines.get(0)).startsWith("facilities,from,to,dimension,value,tasks,completed,within_target");
        assertThat(lines).contains(facility + ",2026-01-15T00:00:00Z,2026-01-16T00:00:00Z,priority,STAT,10,10,3,"
                + "0.3000,7,0," + 55 * MINUTE + "," + 91 * MINUTE + "," + Math.round(99.1 * MINUTE));

        String breaches = Stack.api("credentialing").queryParam("facility", facility).queryParam("from", "2026-01-15")
                .queryParam("to", "2026-01-15").queryParam("format", "csv").queryParam("part", "breaches")
                .get("/sla/turnaround").then().statusCode(200)
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("-breaches.csv")).extract()
                .asString();
        assertThat(breaches.split("\r\n")).hasSize(8);
        assertThat(breaches).startsWith("workitem_uid,facility,priority,read_type,modality");
    }

    @Test
    void facility_admins_see_only_their_facilities_and_radiologists_nothing() {
        assertThat(report("facility-admin-tx").statusCode()).isEqualTo(403);
        Stack.api("facility-admin-tx").get("/sla/turnaround").then().statusCode(200)
                .body("facilities", equalTo(List.of("tx-dallas", "tx-houston")));
        Stack.api("facility-admin-tx").queryParam("facility", "tx-dallas").get("/sla/turnaround").then()
                .statusCode(200);
        assertThat(report("rad-tx").statusCode()).isEqualTo(403);
        Stack.api("rad-tx").get("/sla/turnaround").then().statusCode(403);
        Stack.anonymous().get("/sla/turnaround").then().statusCode(401);
        Stack.api("auditor").get("/sla/turnaround").then().statusCode(200).body("facilities", equalTo(List.of()));
    }

    @Test
    void bad_periods_and_formats_are_problems_naming_the_parameter_and_unknown_facilities_404() {
        Stack.api("credentialing").queryParam("from", "15/01/2026").get("/sla/turnaround").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("from"));
        Stack.api("credentialing").queryParam("from", "2026-01-16").queryParam("to", "2026-01-14")
                .get("/sla/turnaround").then().statusCode(400).body("code", equalTo("TELERAD-SLA-046"));
        Stack.api("credentialing").queryParam("from", "2024-01-01").queryParam("to", "2026-01-14")
                .get("/sla/turnaround").then().statusCode(400).body("errors[0].field", equalTo("from"));
        Stack.api("credentialing").queryParam("format", "xlsx").get("/sla/turnaround").then().statusCode(400)
                .body("errors[0].field", equalTo("format"));
        Stack.api("credentialing").queryParam("facility", "it-no-such-facility").get("/sla/turnaround").then()
                .statusCode(404).body("code", equalTo("TELERAD-SLA-040"));
    }

    @Test
    void a_report_and_a_download_are_audited_without_tasks() {
        report("credentialing");
        Stack.api("credentialing").queryParam("facility", facility).queryParam("format", "csv")
                .get("/sla/turnaround").then().statusCode(200);

        JsonPath audit = Stack.api("auditor").queryParam("objectType", "TurnaroundReport")
                .queryParam("facility", facility).get("/audit").then().statusCode(200).extract().jsonPath();
        assertThat(audit.getList("items.eventTypeCode", String.class)).contains("110112", "110106");
    }
}
