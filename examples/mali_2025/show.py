"""Load the Mali 2025 example and print its claims as a table.

Run from the repository root:  python examples/mali_2025/show.py
"""

from pathlib import Path

import claimrec as cr

here = Path(__file__).parent
claims = cr.read_jsonl(here / "claims.jsonl")
print(f"{len(claims)} claims from {len({c.source.name for c in claims})} sources\n")
print(cr.claims_table(claims))
