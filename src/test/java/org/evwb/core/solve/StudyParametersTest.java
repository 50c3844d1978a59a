package org.evwb.core.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evwb.core.project.Problem;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.RecordValues;
import org.evwb.core.project.StudyConfig;
import org.evwb.core.project.Unit;
import org.evwb.core.study.motorway.MotorwayParameters;
import org.evwb.core.study.motorway.MotorwayParameters.ChargingPointModel;
import org.evwb.core.study.motorway.MotorwayParameters.Objective;
import org.evwb.core.study.motorway.MotorwayParameters.StationRule;
import org.junit.jupiter.api.Test;

/** The one merge of named values over a parameters record, as study configurations, solvers and generators use it. */
class StudyParametersTest {

    private final StudyParameters<MotorwayParameters> motorway = StudyParameters.of("motorway",
            MotorwayParameters.DEFAULT);

    /** A project whose second study configuration is the one under test, so paths must say [1]. */
    private static Project withSecond(Map<String, Object> parameters) {
        return Project.empty("t").withStudies(List.of(new StudyConfig("other", "demo", null, null),
                new StudyConfig("mw", "motorway", null, parameters)));
    }

    private ProjectFileException refused(Map<String, Object> parameters) {
        Project p = withSecond(parameters);
        return assertThrows(ProjectFileException.class, () -> motorway.from(p, p.studies().get(1)));
    }

    @Test
    void noConfigurationOrNoParametersGivesTheDefaults() throws Exception {
        Project p = withSecond(Map.of());
        assertSame(MotorwayParameters.DEFAULT, motorway.from(p, null));
        assertSame(MotorwayParameters.DEFAULT, motorway.from(p, p.studies().get(1)));
        assertEquals(MotorwayParameters.class, motorway.type());
    }

    @Test
    void namedValuesReplaceTheirDefaultsOnly() throws Exception {
        Project p = withSecond(Map.of("model", "station", "weightB", 3, "objective", "trip_time"));
        MotorwayParameters got = motorway.from(p, p.studies().get(1));
        assertEquals(new MotorwayParameters(null, 0, ChargingPointModel.STATION, StationRule.EXACT_CAPACITY, 1, 3,
                false, Objective.TRIP_TIME), got);
    }

    @Test
    void badValuesNameTheirPathInTheRightConfiguration() {
        ProjectFileException unknown = refused(Map.of("weigthA", 2));
        Problem u = unknown.problems().get(0);
        assertEquals("$.studies[1].parameters.weigthA", u.path());
        assertTrue(u.message().contains("did you mean 'weightA'?") && u.message().contains("known: motorwayId, "
                + "reserveKWh, model, stationRule, weightA, weightB, allowWaiting, objective"), u::toString);

        Problem e = refused(Map.of("model", "gcm")).problems().get(0);
        assertEquals("$.studies[1].parameters.model", e.path());
        assertTrue(e.message().contains("\"gcm\"") && e.message().contains("one of \"charger\", \"station\""),
                e::toString);

        Problem range = refused(Map.of("reserveKWh", -2)).problems().get(0);
        assertEquals("$.studies[1].parameters.reserveKWh", range.path());
        assertTrue(range.message().startsWith("-2 is below 0"), range::toString);

        Problem bool = refused(Map.of("allowWaiting", "yes")).problems().get(0);
        assertEquals("$.studies[1].parameters.allowWaiting", bool.path());
        assertTrue(bool.message().contains("write true or false"), bool::toString);

        Map<String, Object> two = new LinkedHashMap<>();
        two.put("weightA", "1");
        two.put("modle", "station");
        assertEquals(List.of("$.studies[1].parameters.weightA", "$.studies[1].parameters.modle"),
                refused(two).problems().stream().map(Problem::path).toList(), "every problem at once");
        assertTrue(refused(two).getMessage().startsWith("t: 2 problems"), "the source is the project's name");
    }

    @Test
    void checkListsWhatFromWouldRefuse() {
        Project p = withSecond(Map.of("weightB", 0));
        List<Problem> problems = motorway.check(p, p.studies().get(1));
        assertEquals(List.of("$.studies[1].parameters.weightB"), problems.stream().map(Problem::path).toList());
        assertEquals(List.of(), motorway.check(p, null));
    }

    @Test
    void overridesTakeTextAndTypedValuesAndRefuseNonFiniteNumbers() {
        MotorwayParameters p = motorway.withOverrides(Map.of("weightA", "2.5", "model", "STATION",
                "allowWaiting", "true", "reserveKWh", 1));
        assertEquals(2.5, p.weightA());
        assertEquals(ChargingPointModel.STATION, p.model());
        assertTrue(p.allowWaiting());
        assertEquals(1.0, p.reserveKWh());
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> motorway.withOverrides(Map.of("weightA", Double.NaN)));
        assertTrue(nan.getMessage().contains("weightA: NaN is not a finite number"), nan.getMessage());
        IllegalArgumentException nanText = assertThrows(IllegalArgumentException.class,
                () -> motorway.withOverrides(Map.of("weightA", "NaN")));
        assertTrue(nanText.getMessage().contains("weightA: found the text \"NaN\"; write a number"),
                nanText.getMessage());
        IllegalArgumentException inf = assertThrows(IllegalArgumentException.class,
                () -> motorway.withOverrides(Map.of("reserveKWh", Double.POSITIVE_INFINITY)));
        assertTrue(inf.getMessage().contains("reserveKWh: Infinity is not a finite number"), inf.getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> motorway.withOverrides(Map.of("nope", 1)))
                .getMessage().startsWith("study motorway: nope: unknown parameter 'nope'"));
    }

    @Test
    void parametersRoundTripThroughAConfiguration() throws Exception {
        MotorwayParameters p = motorway.withOverrides(Map.of("model", "station", "weightB", "4",
                "motorwayId", "A4"));
        Project project = withSecond(motorway.toConfig(p));
        assertEquals(p, motorway.from(project, project.studies().get(1)));
    }

    /** A record whose constructor checks two values together; {@code @Unit} caps the sizes. */
    record Sizes(@Unit(value = "", min = 1, max = 100) int count, @Unit(value = "", min = 1, max = 100) int max) {
        Sizes {
            if (max < count) {
                throw new IllegalArgumentException("max (" + max + ") must be at least count (" + count + ")");
            }
        }
    }

    @Test
    void aConstructorsRefusalIsReportedAtTheParameterItNames() {
        List<Problem> problems = new ArrayList<>();
        assertNull(RecordValues.merge(new Sizes(1, 10), Map.of("count", 20), RecordValues.Input.JSON, "$.x",
                problems));
        assertEquals(List.of(new Problem("$.x.count", "not accepted: max (10) must be at least count (20)")),
                problems);
        problems.clear();
        assertNull(RecordValues.merge(new Sizes(1, 10), Map.of("max", 1000), RecordValues.Input.JSON, "$.x",
                problems));
        assertEquals("$.x.max", problems.get(0).path());
        assertTrue(problems.get(0).message().startsWith("1000 is above 100"), problems::toString);
        problems.clear();
        RecordValues.checkRanges(new Sizes(200, 300), "", problems);
        assertEquals(List.of("count", "max"), problems.stream().map(Problem::path).toList());
    }

    @Test
    void aStudyWithoutParametersRefusesAnyName() {
        StudyParameters<StudyParameters.None> none = StudyParameters.none("demo");
        Project p = Project.empty("t").withStudies(List.of(new StudyConfig("d", "demo", null, Map.of("x", 1))));
        Problem x = assertThrows(ProjectFileException.class, () -> none.from(p, p.studies().get(0))).problems()
                .get(0);
        assertEquals("$.studies[0].parameters.x", x.path());
        assertTrue(x.message().contains("there are no parameters here"), x::toString);
    }

    private final StudyPreset paperModel = new StudyPreset("paper-model-ii", "Paper's Model II",
            "the station model with the paper's pairwise rule", Map.of("model", "station", "stationRule",
            "paper_pairwise"));

    @Test
    void aPresetsValuesReplaceTheDefaultsAndTheConfigurationsParametersApplyOnTop() throws Exception {
        StudyParameters<MotorwayParameters> withPreset = motorway.withPresets(paperModel);
        assertEquals(List.of(paperModel), withPreset.presets());
        assertEquals(List.of(), motorway.presets(), "withPresets returns a new value");
        Project p = Project.empty("t").withStudies(List.of(new StudyConfig("a", "motorway", null, Map.of(),
                "paper-model-ii"), new StudyConfig("b", "motorway", null, Map.of("weightB", 3), "paper-model-ii")));
        MotorwayParameters a = withPreset.from(p, p.studies().get(0));
        assertEquals(ChargingPointModel.STATION, a.model());
        assertEquals(StationRule.PAPER_PAIRWISE, a.stationRule());
        assertEquals(MotorwayParameters.DEFAULT.weightB(), a.weightB());
        MotorwayParameters b = withPreset.from(p, p.studies().get(1));
        assertEquals(StationRule.PAPER_PAIRWISE, b.stationRule());
        assertEquals(3.0, b.weightB());
        assertEquals(b, withPreset.withOverrides(paperModel, Map.of("weightB", "3")));
        // found by id or by title, in any case
        assertEquals(paperModel, withPreset.preset("  PAPER's model ii ").orElseThrow());
        assertEquals(paperModel, withPreset.preset("paper-model-ii").orElseThrow());
        assertTrue(withPreset.preset("model ii").isEmpty());
    }

    @Test
    void anUnknownPresetIsRefusedAtItsPathWithTheKnownOnes() {
        StudyParameters<MotorwayParameters> withPreset = motorway.withPresets(paperModel);
        Project p = withSecond(Map.of()).withStudies(List.of(new StudyConfig("other", "demo", null, null),
                new StudyConfig("mw", "motorway", null, Map.of("weightB", 3), "paper-model-2")));
        List<Problem> problems = withPreset.check(p, p.studies().get(1));
        assertEquals(List.of("$.studies[1].preset"), problems.stream().map(Problem::path).toList());
        assertTrue(problems.get(0).message().contains("unknown preset \"paper-model-2\"")
                && problems.get(0).message().contains("paper-model-ii (\"Paper's Model II\")"), problems::toString);
        Problem none = motorway.check(p, p.studies().get(1)).get(0);
        assertTrue(none.message().contains("this study has none"), none::toString);
    }

    @Test
    void aPresetWithAnUnknownNameOrABadValueIsRefusedWhenTheStudyIsMade() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> motorway.withPresets(
                new StudyPreset("x", "X", "", Map.of("weigthB", 2))));
        assertTrue(unknown.getMessage().contains("preset x") && unknown.getMessage().contains("weigthB"),
                unknown.getMessage());
        assertThrows(IllegalArgumentException.class, () -> motorway.withPresets(new StudyPreset("x", "X", "",
                Map.of("weightB", -1))));
        assertThrows(IllegalArgumentException.class, () -> motorway.withPresets(paperModel, paperModel));
        assertThrows(IllegalArgumentException.class, () -> new StudyPreset("Table II", "t", "", Map.of()));
    }
}
