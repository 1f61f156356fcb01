"""PNGs of the main views under a real X server (Xvfb), for the README.

Skips when Xvfb is not installed, except under CI=true where it must be there (the
``x_display`` and ``screenshots`` fixtures are in conftest.py).
"""

from __future__ import annotations

import pytest

from tests.ui.conftest import Shoot

pytestmark = pytest.mark.xvfb

NAMES = ("contacts.png", "import-mapping.png", "segment-builder.png", "templates.png")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_screenshots_of_the_main_views(screenshots: Shoot, lang: str) -> None:
    screenshots("make_screenshots.py", lang, NAMES, 180)
