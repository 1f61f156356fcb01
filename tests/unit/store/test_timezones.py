"""The suite's time-sensitive cases, again under zones far from UTC on either side.

A stored time that is local instead of UTC, or a "day" that is UTC instead of the user's,
passes unnoticed on a machine set to UTC (as CI machines are). Each case below runs in a
fresh interpreter with TZ set, the way a user's machine would be.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]

TIME_SENSITIVE = [
    "tests/unit/store/test_utc_times.py",
    # "added on", "within the last N days": local days over UTC columns
    "tests/unit/segments/test_compiler.py::test_each_operator",
    # the soft-bounce window, the chart's days, SMTP-time failures
    "tests/unit/bounces/test_service.py::test_soft_bounces_suppress_after_n_within_m_days",
    "tests/unit/bounces/test_service.py::test_policy_is_configurable_and_survives_bad_settings",
    "tests/unit/bounces/test_service.py::test_smtp_rejection_while_sending_goes_through_the_same_policy",
    # heartbeats and crash recovery, a scheduled campaign falling due
    "tests/unit/sending/test_campaigns.py::test_recovery_pauses_and_marks_in_flight_unknown",
    "tests/integration/sending/test_cli_sending.py::test_send_due_sends_a_scheduled_campaign",
]
# Of the compiler's operator cases, those over dates.
ONLY = "not test_each_operator or created_at or consent_at or birthday"


@pytest.mark.timeout(1200)  # a whole pytest run inside: minutes on a loaded machine
@pytest.mark.parametrize("zone", ["Pacific/Auckland", "America/Los_Angeles"])
def test_time_sensitive_cases_pass_in_another_zone(zone: str) -> None:
    env = {**os.environ, "TZ": zone}
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-k",
            ONLY,
            *TIME_SENSITIVE,
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=1200,
    )
    assert run.returncode == 0, f"under TZ={zone}:\n{run.stdout[-4000:]}\n{run.stderr[-2000:]}"
    assert " passed" in run.stdout and " failed" not in run.stdout
