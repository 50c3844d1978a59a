package org.evwb.ui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The table export writes through the shared CSV writer: formula cells defused, negative figures kept numbers. */
class TableExportInjectionTest {

    @Test
    void formulaCellsAreDefusedAndNumbersKept() {
        String csv = TableExport.toCsv(List.of(List.of("name", "gain"), List.of("=HYPERLINK(\"http://x\")", "-436.1"),
                List.of("+cmd|' /C calc'!A0", "-5"), List.of("@SUM(A1)", "12"), List.of("\t=1", "0")));
        assertEquals("name,gain\n\"'=HYPERLINK(\"\"http://x\"\")\",-436.1\n'+cmd|' /C calc'!A0,-5\n'@SUM(A1),12\n"
                + "'\t=1,0\n", csv);
    }

    @Test
    void csvQuotesCellsThatNeedIt() {
        String csv = TableExport.toCsv(List.of(List.of("EV", "note"), List.of("V1", "a, b"),
                List.of("V2", "say \"hi\"")));
        assertEquals("EV,note\nV1,\"a, b\"\nV2,\"say \"\"hi\"\"\"\n", csv);
    }
}
