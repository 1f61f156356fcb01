"""The Campaigns area's README screenshots, taken under Xvfb during a real send."""

from __future__ import annotations

import pytest

from tests.ui.conftest import Shoot

pytestmark = pytest.mark.xvfb

NAMES = ("campaign-wizard.png", "campaigns-progress.png")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_campaign_screenshots(screenshots: Shoot, lang: str) -> None:
    screenshots("make_campaign_screenshots.py", lang, NAMES, 240)
