package org.evwb.core.study.v2g;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.evwb.core.project.Problem;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.ProjectValidator;
import org.evwb.core.project.TimeSeries;
import org.evwb.core.project.csv.MarketCsvImport;
import org.evwb.core.project.edit.Edit;
import org.evwb.core.project.edit.PutSeries;
import org.evwb.core.solve.DataImporter;

/**
 * The v2g study's market-day import: a CSV of real market data ({@link MarketCsvImport}: timestamp, price, volume,
 * optionally excess_cost) replaces the series the project's v2g configuration reads ({@code priceSeries},
 * {@code volumeSeries}, {@code excessCostSeries}; by default {@code price}, {@code residual}, {@code excess-cost}).
 * The project with the import applied must validate and, when it has a v2g configuration, build, or nothing changes.
 */
final class V2gMarketImport {

    static final String KIND = "market";

    private V2gMarketImport() {
    }

    static DataImporter importer(V2gStudy study) {
        return new DataImporter(KIND, "Market day (CSV: timestamp, price, volume)", "the market series the v2g "
                + "configuration reads: intraday price, residual volume and, if the file has it, excess cost",
                List.of("csv"), List.of(), (req, ctx) -> {
                    Project p = req.project();
                    String file = req.file().getFileName().toString();
                    var config = p.studyConfig(V2gStudy.ID).orElse(null);
                    V2gParameters params = study.parameters().from(p, config);
                    ctx.progress(Double.NaN, "reading " + file);
                    List<TimeSeries> read = new MarketCsvImport().read(req.file());
                    ctx.checkCancelled();
                    List<TimeSeries> named = new ArrayList<>();
                    for (TimeSeries t : read) {
                        String id = switch (t.id()) {
                            case MarketCsvImport.PRICE -> params.priceSeries();
                            case MarketCsvImport.RESIDUAL -> params.volumeSeries();
                            default -> params.excessCostSeries();
                        };
                        named.add(new TimeSeries(id, t.name() + " (" + file + ")", t.unit(), t.startMin(),
                                t.slotMinutes(), t.values()));
                    }
                    Edit edit = PutSeries.of("Import the market day from " + file, p, named);
                    Project after = edit.apply(p);
                    List<Problem> problems = new ArrayList<>(new ProjectValidator().validate(after));
                    if (problems.isEmpty() && config != null) {
                        try {
                            study.buildInstance(after, after.studyConfig(V2gStudy.ID).orElse(null));
                        } catch (ProjectFileException e) {
                            problems.addAll(e.problems());
                        }
                    }
                    if (!problems.isEmpty()) {
                        throw new ProjectFileException(file, problems.stream().map(pr -> new Problem(pr.path(),
                                "after the import: " + pr.message())).toList());
                    }
                    TimeSeries price = named.get(0);
                    return new DataImporter.Result(edit, String.format(Locale.ROOT, "%d slots of %.0f min from %s "
                            + "into %s", price.size(), price.slotMinutes(), file, String.join(", ",
                            named.stream().map(TimeSeries::id).toList())));
                });
    }
}
