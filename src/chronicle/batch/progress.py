"""What ``chronicle batch`` says while it runs: shards, articles, events, failures, rate and ETA for the whole job."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from chronicle.batch.plan import Plan
from chronicle.store.progress import _clock, progress_line


@dataclass
class JobProgress:
    """Counts of a batch job: those finished before this run, and this run's, from the shards' summaries."""

    shards: int  # in the plan
    records: int | None  # records in the plan, when known without decompressing
    finished_before: int = 0  # shards finished by earlier runs
    shards_done: int = 0  # shards finished, earlier runs included
    articles: int = 0  # records read (articles and bad records), earlier runs included
    coded: int = 0  # articles coded without error
    found_events: int = 0
    failures: int = 0
    run_articles: int = 0  # records read by this run: the rate's numerator
    started: float = field(default_factory=time.monotonic)

    @classmethod
    def of(cls, plan: Plan, finished: dict[str, dict[str, Any]]) -> "JobProgress":
        """The progress of ``plan`` with ``finished`` shards (the manifest's) already done."""
        progress = cls(shards=len(plan.shards), records=plan.known_records)
        for summary in finished.values():
            progress.add(summary, this_run=False)
        progress.finished_before = progress.shards_done
        return progress

    def add(self, summary: dict[str, Any], this_run: bool = True) -> None:
        """Count one finished shard."""
        self.shards_done += 1
        self.articles += summary["articles"]
        self.coded += summary["coded"]
        self.found_events += summary["events"]
        self.failures += summary["failures"]
        if this_run:
            self.run_articles += summary["articles"]

    @property
    def done(self) -> int:
        """Records read by this run (what ``progress_line`` counts and rates)."""
        return self.run_articles

    def line(self) -> str:
        """``shards 12/40, 1,200/5,000 articles, 14.2/s, 3,412 events, 7 failures, ETA 4:28`` for this run."""
        elapsed = max(time.monotonic() - self.started, 1e-9)
        total = None if self.records is None else self.records - (self.articles - self.run_articles)
        line = f"shards {self.shards_done:,}/{self.shards:,}, " + progress_line(self, elapsed, total)
        if total is None and self.run_articles and self.shards_done < self.shards:
            # compressed inputs: no record count, so the ETA goes by shards
            run_shards = self.shards_done - self.finished_before
            line += f", ETA {_clock((self.shards - self.shards_done) * elapsed / run_shards)} (by shards)"
        return line

