"""``name_case``: shouted or lower-case names get sensible capitals; a name typed with
its own capitals, and a quoted nickname, stay as written."""

from __future__ import annotations

import pytest

from envoi.templates.locale_format import name_case


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ('Carol "CJ"', 'Carol "CJ"'),
        ('CAROL "CJ"', 'Carol "CJ"'),
        ("Ann (Annie) Smith", "Ann (Annie) Smith"),
        ("“Bobby” Tables", "“Bobby” Tables"),
        ("McDonald", "McDonald"),
        ("mcdonald", "McDonald"),
        ("MCDONALD", "McDonald"),
        ("O'Brien", "O'Brien"),
        ("o'brien", "O'Brien"),
        ("O'BRIEN", "O'Brien"),
        ("van der Berg", "van der Berg"),
        ("jan van der berg", "Jan van der Berg"),
        ("VAN DER BERG", "Van der Berg"),
        ("Jean-Luc", "Jean-Luc"),
        ("JEAN-LUC", "Jean-Luc"),
        ("jean-luc picard", "Jean-Luc Picard"),
        ("JEAN-PIERRE DE LA FONTAINE", "Jean-Pierre de la Fontaine"),
        ("DeShawn", "DeShawn"),
        ("ÉLODIE DUPRÉ", "Élodie Dupré"),
        ("Mack", "Mack"),
        ("", ""),
        (None, ""),
    ],
)
def test_name_case(given: str | None, expected: str) -> None:
    assert name_case(given) == expected
