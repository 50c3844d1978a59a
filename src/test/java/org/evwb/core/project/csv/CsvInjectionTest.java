package org.evwb.core.project.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.evwb.core.solve.RunStatus;
import org.evwb.core.solve.sweep.SweepRow;
import org.evwb.core.solve.sweep.SweepTables;
import org.evwb.core.study.exchange.SweepRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * CSV formula injection (OWASP): every CSV the product writes defuses a text cell that a spreadsheet would evaluate,
 * and keeps numbers — negative ones included — numbers. The sweep tables and the exchange sweep's rows are checked
 * here by reading the CSV they write back with a CSV parser; the table export (ui.chart) has its own test.
 */
class CsvInjectionTest {

    /** Entity names a project file or a CSV import may carry, each one a formula to a spreadsheet. */
    static final List<String> ATTACKS = List.of("=HYPERLINK(\"http://evil\",\"x\")", "+cmd|' /C calc'!A0",
            "-2+3+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1", "-", "=", "@");

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil\",\"x\")", "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0",
        "@SUM(1+1)", "\t=1+1", "\r=1+1", "-", "-x", "+1", "-1-1", "--5", "-Infinity", "-NaN"})
    void formulaCellsGetAQuote(String cell) {
        assertEquals("'" + cell, CsvWriter.defuse(cell));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-436.1", "-5", "0", "12", "1.5E-7", "-2.5e+3", ".5", "-.5", "3.", "plain", "a=b",
        "ev-1", " =x", ""})
    void numbersAndHarmlessTextStayAsTheyAre(String cell) {
        assertEquals(cell, CsvWriter.defuse(cell));
    }

    @Test
    void numberCellsAreNeverDefusedAndTextIsQuotedWhereNeeded() throws IOException {
        String csv = CsvWriter.toCsv(List.of(List.of("name", "gain", "note"),
                java.util.Arrays.asList("=1+1", -436.1, "a, \"b\""), java.util.Arrays.asList("-3", -7, null)));
        assertEquals("name,gain,note\n'=1+1,-436.1,\"a, \"\"b\"\"\"\n-3,-7,\n", csv);
        List<List<String>> back = parse(csv);
        assertEquals(List.of("'=1+1", "-436.1", "a, \"b\""), back.get(1));
    }

    @Test
    void sweepRowsDefuseTextCellsAndKeepNumbers() throws IOException {
        List<SweepRow> rows = new ArrayList<>();
        for (int i = 0; i < ATTACKS.size(); i++) {
            rows.add(new SweepRow(i, Map.of("station", ATTACKS.get(i), "k", -i), 0, 7, ATTACKS.get(i),
                    RunStatus.FAILED, false, 1, Map.of("gainKWh", -436.1), 0.5, 0.25, 0.25, 1e-7, 2e-8,
                    ATTACKS.get(i)));
        }
        List<List<String>> table = parse(SweepTables.toCsv(rows));
        List<String> header = table.get(0);
        for (int i = 0; i < ATTACKS.size(); i++) {
            List<String> r = table.get(i + 1);
            for (String col : List.of("station", "solver", "error")) {
                assertEquals("'" + ATTACKS.get(i), r.get(header.indexOf(col)), col + " of row " + i);
            }
            assertEquals(String.valueOf(-i), r.get(header.indexOf("k")), "a negative axis value stays a number");
            assertEquals("-436.1", r.get(header.indexOf("gainKWh")));
        }
        assertNoCellStartsLikeAFormula(table);
    }

    @Test
    void exchangeSweepRowsDefuseTheBaseStationId() throws IOException {
        List<SweepRows.EdgeRow> rows = new ArrayList<>();
        for (String attack : ATTACKS) {
            rows.add(new SweepRows.EdgeRow(4, 2, 0, attack, 40, 100, 3, 2, -1.5, 1, 1, 1, 0, 2, 0, 2, true, false));
        }
        List<List<String>> table = parse(SweepRows.toCsv(SweepRows.EdgeRow.class, rows));
        int col = table.get(0).indexOf("baseStation");
        for (int i = 0; i < ATTACKS.size(); i++) {
            assertEquals("'" + ATTACKS.get(i), table.get(i + 1).get(col));
            assertEquals("-1.5", table.get(i + 1).get(table.get(0).indexOf("taskSeconds")));
        }
        assertNoCellStartsLikeAFormula(table);
        String algorithms = SweepRows.toCsv(SweepRows.AlgorithmRow.class, List.of(new SweepRows.AlgorithmRow(4, 2,
                0, 1, "=evil()", "completed", true, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0, -12.5, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                0)));
        assertTrue(algorithms.contains(",'=evil(),"), algorithms);
        assertTrue(algorithms.contains(",-12.5,"), algorithms);
    }

    static void assertNoCellStartsLikeAFormula(List<List<String>> table) {
        for (List<String> row : table) {
            for (String cell : row) {
                assertFalse(CsvWriter.startsLikeAFormula(cell) && !CsvWriter.isPlainNumber(cell),
                        "a spreadsheet would evaluate " + cell);
            }
        }
    }

    static List<List<String>> parse(String csv) throws IOException {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> out = new ArrayList<>();
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(csv)) {
            while (it.hasNextValue()) {
                out.add(it.nextValue());
            }
        }
        return out;
    }
}
