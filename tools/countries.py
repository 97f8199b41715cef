#!/usr/bin/env python3
"""Writes assets/countries.json: every ISO 3166-1 alpha-2 country with its
name in Kazakh, Russian and English, from the Unicode CLDR as the Babel
package ships it. Run once when CLDR changes:

    python3 -m venv /tmp/v && /tmp/v/bin/pip install babel
    /tmp/v/bin/python tools/countries.py > assets/countries.json
"""
import json
import babel
from babel import Locale

# CLDR territories that are not countries of ISO 3166-1.
NOT_COUNTRIES = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "XK", "AC", "CP", "CQ", "DG", "EA", "IC", "TA"}

names = {lang: Locale.parse(lang).territories for lang in ("kk", "ru", "en")}
codes = sorted(
    c for c in names["en"]
    if len(c) == 2 and c.isalpha() and c.isupper() and c not in NOT_COUNTRIES
)
out = {
    "_source": f"Unicode CLDR via Babel {babel.__version__} (Unicode License v3)",
    "countries": [
        {"code": c, "kk": names["kk"][c], "ru": names["ru"][c], "en": names["en"][c]}
        for c in codes
    ],
}
print(json.dumps(out, ensure_ascii=False, indent=1))
