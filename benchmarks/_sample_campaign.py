"""A realistic campaign for the benchmarks: ~20 KB of personalised HTML plus a text part."""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "desktop"))

from envoi.templates.merge import MergeDict, contact_values
from envoi.templates.render import TemplateSource

FIRST = ["Élodie", "Jean", "Chloé", "Marc", "Zoë", "Ana", "François", "Léa", "Tom", "Inès"]
LAST = ["Dupré", "Martin", "Bernard", "Müller", "O'Neil", "Lefèvre", "Smith", "García"]
CITIES = ["Lyon", "Paris", "Montréal", "Genève", "London", "Bruxelles", ""]

_ROW = """
<tr><td class="item" style="padding:12px 0;border-bottom:1px solid #eee">
  <h2 class="title">Produit {n} — sélection de {{{{ contact.first_name }}}}</h2>
  <p class="lead">Notre artisan a préparé cette pièce unique pour la saison. Matières
  choisies, finitions soignées, expédition rapide vers {{{{ contact.city | default('chez vous') }}}}.
  Découvrez aussi nos conseils d'entretien et la garantie de deux ans.</p>
  <a class="btn" href="https://shop.example/p/{n}?utm_campaign={{{{ campaign.id }}}}&amp;c={{{{ contact.email | urlencode }}}}">Voir le produit</a>
</td></tr>"""  # noqa: E501

HTML = (
    """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ subject }}</title>
<style>
body { margin:0; background:#f4f4f4; font-family: Helvetica, Arial, sans-serif; }
.wrap { max-width:600px; margin:0 auto; background:#ffffff; }
.title { font-size:18px; color:#222; margin:0 0 6px 0; }
.lead { font-size:14px; line-height:20px; color:#555; }
.btn { display:inline-block; background:#0b6e4f; color:#fff; padding:10px 16px;
  text-decoration:none; }
@media (max-width: 600px) { .wrap { width:100% !important; } }
</style></head>
<body><div style="display:none">{{ preheader }}</div>
<table class="wrap" role="presentation" width="100%">
<tr><td><h1>Bonjour {{ contact.first_name | name_case }} {{ contact.last_name }} !</h1>
<p>Vous avez {{ contact.points | number }} points depuis le {{ contact.member_since | date }}.</p>
</td></tr>"""
    + "".join(_ROW.format(n=n) for n in range(26))
    + """
<tr><td><p>{{ sender.company }}, {{ sender.postal_address }}</p>
<p><a href="{{ view_online_url }}">Voir en ligne</a> ·
<a href="{{ unsubscribe_url }}">Se désinscrire</a></p></td></tr>
</table></body></html>
"""
)

TEXT = (
    "Bonjour {{ contact.first_name }} {{ contact.last_name }},\n\n"
    "Vous avez {{ contact.points | number }} points.\n\n"
    + "".join(
        f"Produit {n} — sélection de {{{{ contact.first_name }}}}\n"
        f"Notre artisan a préparé cette pièce unique pour la saison.\n"
        f"https://shop.example/p/{n}?utm_campaign={{{{ campaign.id }}}}\n\n"
        for n in range(26)
    )
    + "{{ sender.company }}, {{ sender.postal_address }}\n"
    "Se désinscrire : {{ unsubscribe_url }}\n"
)

SOURCE = TemplateSource(
    subject="{{ contact.first_name }}, nos nouveautés d'automne ({{ contact.city|default('') }})",
    preheader="Sélection personnelle pour {{ contact.first_name }}",
    html=HTML,
    text=TEXT,
)


def contacts(count: int, seed: int = 7) -> list[MergeDict]:
    rng = random.Random(seed)
    return [
        contact_values(
            f"user{i}@example{i % 50}.com",
            rng.choice(FIRST),
            rng.choice(LAST),
            {
                "city": rng.choice(CITIES),
                "points": rng.randint(0, 50_000),
                "member_since": f"20{rng.randint(10, 25)}-0{rng.randint(1, 9)}-"
                f"1{rng.randint(0, 9)}",
                "locale": rng.choice(["fr", "en"]),
            },
        )
        for i in range(count)
    ]
