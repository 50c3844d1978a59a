#!/usr/bin/env python3
"""scipy's linear_sum_assignment on the gain matrices org.evwb.bench.ExchangeAssignmentBenchmark wrote.

Side-by-side reference for exchange `optimal` (docs/benchmarks.md, "Exchange optimal against scipy"). Not part of
the product. Reads DIR/index.csv (default target/benchmarks/assignment): for every matrix, times
scipy.optimize.linear_sum_assignment(w, maximize=True) with the same number of repetitions the Java harness used
(median wall and CPU time of one call, the matrix already in memory as a float64 array), checks that scipy's
objective equals ours, and prints a table with both times and the ratio ours / scipy.

    python3 src/bench/python/lsap_reference.py [DIR]

With --serve it is the Java harness's side-by-side partner instead: it reads lines "FILE REPS" on stdin, times REPS
calls on that matrix (one warm-up call first) and answers one line per request: every call's wall ms, then every
call's CPU ms (comma-separated), then the objective, separated by spaces. The harness alternates blocks of its own
calls with blocks of these, so both sides run under the same load.
"""
import csv
import os
import platform
import statistics
import sys
import time

import numpy as np
import scipy
from scipy.optimize import linear_sum_assignment


def serve():
    """Answers timing requests from the Java harness, one per line, until stdin closes."""
    cache = {}
    print(f"ready numpy {np.__version__} scipy {scipy.__version__} python {platform.python_version()}", flush=True)
    for line in sys.stdin:
        path, reps = line.rsplit(" ", 1)
        if path not in cache:
            cache[path] = np.loadtxt(path, delimiter=",", ndmin=2)
        w = cache[path]
        linear_sum_assignment(w, maximize=True)
        wall, cpu = [], []
        for _ in range(int(reps)):
            c0, t0 = time.process_time(), time.perf_counter()
            r, c = linear_sum_assignment(w, maximize=True)
            wall.append((time.perf_counter() - t0) * 1e3)
            cpu.append((time.process_time() - c0) * 1e3)
        picked = w[r, c]
        objective = float(picked[picked > 0].sum())
        print(",".join(f"{x:.6f}" for x in wall), ",".join(f"{x:.6f}" for x in cpu), repr(objective), flush=True)


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "--serve":
        serve()
        return
    d = sys.argv[1] if len(sys.argv) > 1 else "target/benchmarks/assignment"
    with open(os.path.join(d, "index.csv"), newline="") as f:
        entries = list(csv.DictReader(f))
    print(f"machine: {os.cpu_count()} cores, {platform.processor() or platform.machine()}, "
          f"Python {platform.python_version()}, numpy {np.__version__}, scipy {scipy.__version__}, "
          f"load average {os.getloadavg()[0]:.2f}")
    by_size = {}
    for e in entries:
        w = np.loadtxt(os.path.join(d, e["file"]), delimiter=",", ndmin=2)
        reps = int(e["repetitions"])
        for _ in range(max(3, reps // 4)):
            linear_sum_assignment(w, maximize=True)
        wall, cpu = [], []
        for _ in range(reps):
            c0, t0 = time.process_time(), time.perf_counter()
            r, c = linear_sum_assignment(w, maximize=True)
            wall.append((time.perf_counter() - t0) * 1e3)
            cpu.append((time.process_time() - c0) * 1e3)
        picked = w[r, c]
        objective = float(picked[picked > 0].sum())
        ours = float(e["objective"])
        same = abs(objective - ours) <= 1e-9 * (1 + abs(ours))
        s = by_size.setdefault(e["size"], {"scipy": [], "scipy_cpu": [], "ours": [], "ours_cpu": [], "differ": 0,
                                           "cells": []})
        s["scipy"].append(statistics.median(wall))
        s["scipy_cpu"].append(statistics.median(cpu))
        s["ours"].append(float(e["ours_median_ms"]))
        s["ours_cpu"].append(float(e["ours_median_cpu_ms"]))
        s["differ"] += 0 if same else 1
        s["cells"].append(w.size)
        print(f"{e['file']}: {w.shape[0]} x {w.shape[1]}, scipy {statistics.median(wall):.3f} ms "
              f"({statistics.median(cpu):.3f} CPU), ours {float(e['ours_median_ms']):.3f} ms, objective scipy "
              f"{objective:.6f} ours {ours:.6f}{'' if same else '  DIFFERENT'}")
    print()
    print("| size | scenarios | ours, median ms wall (CPU) | scipy, median ms wall (CPU) | ours / scipy (wall, CPU) "
          "| objectives differ |")
    print("|---|---|---|---|---|---|")
    for size, s in by_size.items():
        o, oc = statistics.median(s["ours"]), statistics.median(s["ours_cpu"])
        p, pc = statistics.median(s["scipy"]), statistics.median(s["scipy_cpu"])
        print(f"| {size} | {len(s['ours'])} | {o:.3f} ({oc:.3f}) | {p:.3f} ({pc:.3f}) | "
              f"{o / p:.2f}, {oc / pc if pc > 0 else float('nan'):.2f} | {s['differ']} |")


if __name__ == "__main__":
    main()
