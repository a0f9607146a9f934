"""bench/coding.py's CPU ratio: raw spaCy's CPU seconds over the coder's."""

import importlib.util
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench" / "coding.py"


def _bench():
    spec = importlib.util.spec_from_file_location("bench_coding", BENCH)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_cpu_ratio_is_raw_cpu_over_coder_cpu():
    bench = _bench()
    raw = bench.Measure(seconds=10.0, peak_mb=500.0, cpu_seconds=8.0)
    coded = bench.Measure(seconds=30.0, peak_mb=600.0, cpu_seconds=10.0)
    # the wall-clock seconds (a busy machine's) play no part
    assert bench.cpu_ratio(raw, coded) == 0.8


def test_cpu_ratio_without_measured_cpu_is_zero():
    bench = _bench()
    raw = bench.Measure(seconds=1.0, peak_mb=1.0, cpu_seconds=1.0)
    assert bench.cpu_ratio(raw, bench.Measure(seconds=1.0, peak_mb=1.0)) == 0.0


def test_repeated_timings_report_medians_and_the_largest_peak():
    bench = _bench()
    runs = [bench.Measure(seconds=s, peak_mb=m, cpu_seconds=c) for s, m, c in ((30.0, 600.0, 29.0), (26.0, 640.0, 25.0), (29.0, 610.0, 28.0))]
    merged = bench.median_measure(runs)
    assert (merged.seconds, merged.peak_mb, merged.cpu_seconds) == (29.0, 640.0, 28.0)
