"""Annotation aid: writes the corpus files of one event from per-claim annotations.

Each claim carries the annotator's reading: the item it is about (`it`), the statement it
relays (`st`, echo), the speaker group (`sp`, revises), the interval its figure means (`iv`) or a
qualitative label (`lab`), and its gold event (`ev`).  Pairs within an item are derived from
those readings by the guidelines' table; manual pairs are added or override.
"""
import json
from itertools import combinations
from pathlib import Path

INF = float("inf")


def Q(text, low, high, kind):
    return {"type": "quantity", "low": low, "high": high, "kind": kind, "text": text}
OUT = Path(__file__).resolve().parent.parent  # benchmarks/heldout/


class Event:
    def __init__(self, slug):
        self.slug = slug
        self.sources = {}
        self.reports = []
        self.claims = []  # (record, meta)
        self.manual = {}
        self.exclusive = set()
        self.bad_when = set()  # qualitative items whose labels exclude each other
        self.articles = []
        self.labrel = {}  # frozenset({label, label}) -> relation, for different speakers

    def src(self, name, kind, aliases=(), party=None):
        if name not in self.sources:
            d = {"type": "source", "name": name, "kind": kind, "aliases": list(aliases)}
            if party:
                d["party"] = party
            self.sources[name] = d

    def article(self, short, outlet, url, published, lang, title, stmts=None):
        """stmts: key -> dict(outlet=..., title=..., published=..., wire=outlet name or None)"""
        base = {"type": "report", "outlet": outlet}
        if published:
            base["published"] = published
        base["url"] = url
        if title:
            base["title"] = title
        n = 0
        vias = {}

        def rid():
            nonlocal n
            n += 1
            return f"{self.slug}-r-{short}-{n:02d}"

        own = dict(base, id=rid())
        own = {"type": "report", "id": own["id"], **{k: v for k, v in base.items() if k != "type"}}
        self.reports.append(own)
        vias[None] = own["id"]
        for key, s in (stmts or {}).items():
            st = {"type": "report", "id": rid(), "outlet": s["outlet"]}
            if s.get("title"):
                st["title"] = s["title"]
            if s.get("published"):
                st["published"] = s["published"]
            self.reports.append(st)
            top = st["id"]
            if s.get("wire"):
                w = {"type": "report", "id": rid(), "outlet": s["wire"], "relays": top}
                self.reports.append(w)
                top = w["id"]
            a = {"type": "report", "id": rid(), **{k: v for k, v in base.items() if k != "type"}, "relays": top}
            self.reports.append(a)
            vias[key] = a["id"]
        self.articles.append((short, vias))
        self._cur = (short, vias)
        self._n = 0

    def c(self, source, subject, predicate, value=None, *, it, ev=None, st=None, sp=None,
          iv=None, lab=None, via=None, **fields):
        short, vias = self._cur
        self._n += 1
        cid = f"{self.slug}-{short}-{self._n:02d}"
        rec = {"type": "claim", "id": cid, "source": source, "subject": subject, "predicate": predicate}
        if value is not None:
            rec["value"] = value
        if fields.get("when") in self.bad_when:
            fields["qualifiers"] = [fields.pop("when")] + list(fields.get("qualifiers", []))
        for k in ("polarity", "hedge", "actor", "place", "when", "stated", "quote", "qualifiers"):
            if k in fields:
                rec[k] = fields.pop(k)
        assert not fields, fields
        rec["via"] = vias[via]
        assert source in self.sources, source
        if isinstance(iv, (int, float)):
            iv = (iv, iv)
        shown = value["text"] if isinstance(value, dict) else value
        meta = dict(it=it, ev=ev or self.slug, st=st, sp=sp or source, iv=iv, lab=lab,
                    val=shown, src=source)
        self.claims.append((rec, meta))
        return cid

    def pair(self, a, b, rel, note):
        key = tuple(sorted((a, b)))
        self.manual[key] = (rel, note)

    # -- derivation -------------------------------------------------------------
    def derive(self):
        pairs = {}
        by_item = {}
        for rec, m in self.claims:
            if m["it"]:
                by_item.setdefault(m["it"], []).append((rec["id"], m))
        for item, members in by_item.items():
            for (a, ma), (b, mb) in combinations(sorted(members, key=lambda x: x[0]), 2):
                r = self._judge(item, ma, mb)
                if r:
                    pairs[tuple(sorted((a, b)))] = r
        pairs.update(self.manual)
        return pairs

    def _fmt(self, m):
        return f"{m['src']} {m['val'] if m['val'] is not None else m['lab']}"

    def _judge(self, item, ma, mb):
        desc = f"({self._fmt(ma)} / {self._fmt(mb)})"
        if ma["st"] and ma["st"] == mb["st"]:
            return ("echo", f"both relay {ma['st']}")
        same_sp = ma["sp"] == mb["sp"]
        if ma["iv"] is not None and mb["iv"] is not None:
            (a0, a1), (b0, b1) = ma["iv"], mb["iv"]
            if same_sp:
                if (a0, a1) == (b0, b1):
                    return ("agrees", f"same speaker, another occasion, same figure {desc}")
                return ("revises", f"same speaker changes its figure {desc}")
            if (a0, a1) == (b0, b1):
                return ("agrees", f"different speakers, same figure {desc}")
            if a1 < b0 or b1 < a0:
                return ("contradicts", f"different speakers, disjoint figures {desc}")
            if b0 <= a0 and a1 <= b1:
                return ("refines", f"the first is within the second {desc}")
            if a0 <= b0 and b1 <= a1:
                return ("refines", f"the second is within the first {desc}")
            return ("compatible", f"overlapping figures, neither within the other {desc}")
        if ma["lab"] is not None and mb["lab"] is not None:
            if ma["lab"] == mb["lab"]:
                if same_sp:
                    return ("agrees", f"same speaker, another occasion, same account {desc}")
                return ("agrees", f"different speakers, same account {desc}")
            if same_sp:
                return ("revises", f"same speaker changes its account {desc}")
            lr = self.labrel.get(frozenset((ma["lab"], mb["lab"])))
            if lr:
                return (lr, f"{lr}: {ma['lab']} / {mb['lab']} {desc}")
            if item in self.exclusive:
                return ("contradicts", f"exclusive accounts {desc}")
            return ("compatible", f"different accounts that can both hold {desc}")
        return None

    def write(self):
        pairs = self.derive()
        ids = {r["id"] for r, _ in self.claims}
        for a, b in pairs:
            assert a in ids and b in ids, (a, b)
        with open(OUT / f"{self.slug}.jsonl", "w") as f:
            used = {r["source"] for r, _ in self.claims}
            for d in self.sources.values():
                if d["name"] not in used:
                    continue
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
            for d in self.reports:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
            for d, _ in self.claims:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
        with open(OUT / f"{self.slug}.gold-pairs.jsonl", "w") as f:
            for (a, b), (rel, note) in sorted(pairs.items()):
                f.write(json.dumps({"a": a, "b": b, "relation": rel, "note": note}, ensure_ascii=False) + "\n")
        with open(OUT / f"{self.slug}.gold-events.jsonl", "w") as f:
            for d, m in self.claims:
                row = {"claim": d["id"], "event": m["ev"]}
                if m.get("covers"):
                    row["aggregate"] = True
                    row["covers"] = m["covers"]
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        from collections import Counter
        cnt = Counter(r for r, _ in pairs.values())
        print(self.slug, "claims", len(self.claims), "pairs", len(pairs), dict(cnt),
              "articles", len(self.articles))
        return pairs

    def aggregate(self, cid, covers):
        for d, m in self.claims:
            if d["id"] == cid:
                m["covers"] = covers
