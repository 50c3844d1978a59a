package org.evwb.core.study.netzero.forecast;

/** The regressors the forecast comparison trains (Tribuo), by id. */
public enum ForecastModel {
    /** Linear regression by stochastic gradient descent (AdaGrad, squared loss). */
    LINEAR("linear", "linear (SGD)"),
    /** One CART regression tree. */
    TREE("tree", "regression tree (CART)"),
    /** A small random forest of CART trees (kept modest: a large forest took minutes on 8,760 rows here). */
    FOREST("forest", "random forest"),
    /** Gradient-boosted trees (XGBoost; x86-64 with the system libgomp1 only). */
    XGBOOST("xgboost", "gradient boosting (XGBoost)");

    private final String id;
    private final String label;

    ForecastModel(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }
}
